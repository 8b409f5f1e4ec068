package nl.skillsmap.source.mbo;

import java.util.List;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Provenance.Quality;

/**
 * One entry of a record's {@code sources}: which source contributed which fields, and whether its contribution
 * was kept ({@code used: false} marks a source whose core tasks lost to a better one).
 *
 * @param provides        the fields taken from this source ({@code catalog}, {@code coreTasks}, {@code skills} ...)
 * @param used            false when the compilation listed the source but kept nothing from it
 * @param coreTasksUsed   false when the source's core tasks lost although other fields of it were kept
 */
record CompiledSource(List<String> provides, boolean used, boolean coreTasksUsed, Provenance provenance) {

    CompiledSource {
        provides = List.copyOf(provides);
    }

    /** Reads an entry of a qualification's {@code sources}. */
    static CompiledSource of(JsonFields source) {
        String id = source.requiredText("id");
        Quality quality = qualityOf(source, id);
        return new CompiledSource(
                source.texts("provides"),
                !Boolean.FALSE.equals(source.bool("used")),
                !Boolean.FALSE.equals(source.bool("coreTasksUsed")),
                new Provenance(id, fileOf(source), quality));
    }

    /** True when this source's core tasks are the ones the record carries. */
    boolean providesCoreTasks() {
        return used && coreTasksUsed && provides.contains("coreTasks");
    }

    /**
     * The stated quality, else what the data README says of the source: the SBB export and the regulation are
     * official, beroepen-app was transcribed by hand, OER documents are mined. Anything else is compiled.
     */
    static Quality qualityOf(JsonFields source, String id) {
        String stated = source.text("quality");
        if (stated != null) {
            return switch (stated) {
                case "official" -> Quality.OFFICIAL;
                case "transcribed" -> Quality.TRANSCRIBED;
                case "mined" -> Quality.MINED;
                case "compiled" -> Quality.COMPILED;
                default ->
                    throw source.error(
                            "quality", "must be official, transcribed, mined or compiled, found \"" + stated + "\"");
            };
        }
        if (id.startsWith("sbb-kd-xml") || id.equals("regeling-2015")) {
            return Quality.OFFICIAL;
        }
        if (id.equals("beroepen-app")) {
            return Quality.TRANSCRIBED;
        }
        if (id.startsWith("oer:")) {
            return Quality.MINED;
        }
        return Quality.COMPILED;
    }

    /** The input file the source names ({@code file}, or its {@code files} joined), or null when it names none. */
    private static String fileOf(JsonFields source) {
        String file = source.text("file");
        if (file != null) {
            return file;
        }
        List<String> files = source.texts("files");
        return files.isEmpty() ? null : String.join(", ", files);
    }
}
