package nl.skillsmap.source.mbo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.skillsmap.model.Certificate;
import nl.skillsmap.model.CoreTask;
import nl.skillsmap.model.Crebo;
import nl.skillsmap.model.Part;
import nl.skillsmap.model.Provenance;
import nl.skillsmap.model.Qualification;
import nl.skillsmap.model.Qualification.ElectiveRef;
import nl.skillsmap.model.QualificationFile;
import nl.skillsmap.model.SkillRef;
import nl.skillsmap.model.Succession;
import nl.skillsmap.model.WorkProcess;
import nl.skillsmap.source.DataFormatException;

/**
 * Reads the compiled qualification dataset ({@code mbo/kwalificaties.jsonl}, one qualification a line) into
 * {@link Qualification} records, keeping per part the source it came from.
 *
 * <p>Any malformed line fails the whole read with a {@link DataFormatException} naming the line: a partial list of
 * qualifications would silently shrink the index.
 */
public final class QualificationJsonlReader {

    private final Path file;
    private final int maxLineBytes;

    public QualificationJsonlReader(Path file) {
        this(file, JsonLines.DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes lines longer than this are refused before they are read whole */
    public QualificationJsonlReader(Path file, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
    }

    /** All qualifications in file order. An empty file gives an empty list; a missing file is an error. */
    public List<Qualification> read() {
        List<Qualification> qualifications = new ArrayList<>();
        Map<String, Long> lineOfCrebo = new HashMap<>();
        try (JsonLines lines = JsonLines.open(file, maxLineBytes)) {
            for (JsonFields record = lines.next(); record != null; record = lines.next()) {
                Qualification qualification = qualification(record);
                Long earlier = lineOfCrebo.putIfAbsent(
                        qualification.crebo(), record.line().number());
                if (earlier != null) {
                    throw record.line()
                            .error("duplicate crebo " + qualification.crebo() + " (first on line " + earlier + ")");
                }
                qualifications.add(qualification);
            }
        }
        return qualifications;
    }

    private Qualification qualification(JsonFields record) {
        String crebo = record.requiredText("crebo");
        if (!Crebo.isWellFormed(crebo)) {
            throw record.error("crebo", "must be five digits, found \"" + crebo + "\"");
        }
        String name = record.requiredText("name");
        Integer level = record.integer("level");
        if (level != null && (level < 1 || level > 4)) {
            throw record.error("level", "must be 1 to 4 or null, found " + level);
        }
        List<CompiledSource> sources =
                record.objects("sources").stream().map(CompiledSource::of).toList();
        return new Qualification(
                crebo,
                name,
                level,
                dossier(record.object("dossier")),
                record.text("domain"),
                record.text("sectorChamber"),
                record.texts("learningPaths"),
                record.text("description"),
                coreTasks(record, crebo, sources),
                skills(record),
                electives(record),
                certificates(record),
                provenance(sources),
                succession(record),
                null);
    }

    /**
     * Validity and successor as SBB's crebo list of 01-08-2022 gives them. Whether the successor exists, or leads
     * back to the code, is for the index builder to check against the whole structure.
     */
    private static Succession succession(JsonFields record) {
        String list = record.text("sbbList2022");
        Succession.List2022 list2022 = switch (list == null ? "" : list) {
            case "" -> null;
            case "valid" -> Succession.List2022.VALID;
            case "intakeEnded" -> Succession.List2022.INTAKE_ENDED;
            default ->
                throw record.error("sbbList2022", "must be \"valid\", \"intakeEnded\" or null, found \"" + list + "\"");
        };
        return new Succession(
                date(record, "validFrom"), record.text("successor"), date(record, "intakeUntil"), list2022);
    }

    private static LocalDate date(JsonFields record, String field) {
        String value = record.text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw record.error(field, "must be a date written yyyy-mm-dd or null, found \"" + value + "\"");
        }
    }

    private static QualificationFile dossier(JsonFields dossier) {
        return dossier == null ? null : new QualificationFile(dossier.text("crebo"), dossier.text("name"));
    }

    private static List<CoreTask> coreTasks(JsonFields record, String crebo, List<CompiledSource> sources) {
        List<JsonFields> coreTasks = record.objects("coreTasks");
        if (coreTasks.isEmpty()) {
            return List.of();
        }
        Provenance provenance = coreTaskProvenance(record, sources);
        List<CoreTask> result = new ArrayList<>(coreTasks.size());
        for (int i = 0; i < coreTasks.size(); i++) {
            JsonFields coreTask = coreTasks.get(i);
            String code = coreTask.text("code");
            String partName = coreTask.text("part");
            Part part = partName == null ? Part.ofCode(code) : Part.parse(partName);
            if (partName != null && part == Part.UNKNOWN) {
                throw coreTask.error("part", "must be \"basis\", \"profiel\" or null, found \"" + partName + "\"");
            }
            List<JsonFields> workProcesses = coreTask.objects("workProcesses");
            List<WorkProcess> processes = new ArrayList<>(workProcesses.size());
            for (int j = 0; j < workProcesses.size(); j++) {
                processes.add(workProcess(workProcesses.get(j), crebo, i + 1, j + 1, provenance));
            }
            result.add(new CoreTask(code, coreTask.text("title"), part, processes, coreTask.texts("knowledge")));
        }
        return result;
    }

    /**
     * The id is the official code when known; otherwise the position, which is stable for a given file and
     * cannot collide with a code (codes start with B or P).
     */
    private static WorkProcess workProcess(
            JsonFields process, String crebo, int coreTask, int position, Provenance provenance) {
        String code = process.text("code");
        String id = crebo + "-" + (code != null ? code : "K" + coreTask + "-W" + position);
        return new WorkProcess(
                id,
                code,
                process.requiredText("title"),
                process.text("description"),
                process.text("result"),
                process.text("behaviour"),
                provenance);
    }

    /**
     * The source whose core tasks the record carries. Mined core tasks can be the union of several colleges'
     * documents; the record does not say which college gave which work process, so the most authoritative (then
     * first listed) of them stands for all.
     */
    private static Provenance coreTaskProvenance(JsonFields record, List<CompiledSource> sources) {
        return sources.stream()
                .filter(CompiledSource::providesCoreTasks)
                .map(CompiledSource::provenance)
                .min(Comparator.comparing(Provenance::quality))
                .orElseThrow(() -> record.error("has coreTasks but no used source in 'sources' provides them"));
    }

    private static List<SkillRef> skills(JsonFields record) {
        return record.objects("skills").stream()
                .map(skill -> new SkillRef(
                        skill.requiredText("uri"), skill.text("label"), skill.text("kind"), skill.text("relevance")))
                .toList();
    }

    private static List<ElectiveRef> electives(JsonFields record) {
        return record.objects("electives").stream()
                .map(elective -> new ElectiveRef(elective.requiredText("code"), elective.text("title")))
                .toList();
    }

    private static List<Certificate> certificates(JsonFields record) {
        return record.objects("certificates").stream()
                .map(certificate -> {
                    String source = certificate.text("source");
                    Provenance provenance = source == null
                            ? null
                            : new Provenance(
                                    source, certificate.text("file"), CompiledSource.qualityOf(certificate, source));
                    return new Certificate(
                            certificate.requiredText("title"),
                            certificate.text("type"),
                            certificate.text("evidence"),
                            provenance);
                })
                .toList();
    }

    /** The sources that contributed, most authoritative first (stable, so file order breaks ties). */
    private static List<Provenance> provenance(List<CompiledSource> sources) {
        return sources.stream()
                .filter(CompiledSource::used)
                .map(CompiledSource::provenance)
                .sorted(Comparator.comparing(Provenance::quality))
                .toList();
    }
}
