package nl.skillsmap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.index.IndexBuilder;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.index.IndexShrinkage;
import nl.skillsmap.model.Corpus;
import nl.skillsmap.source.DataDirectory;
import nl.skillsmap.source.DataFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code index --data DIR --index DIR}: reads the data directory, builds a new index beside the current one and
 * swaps it in, printing progress and a closing summary. Exit code 0 on success, 1 when the data cannot be read,
 * 2 for wrong arguments; on failure the previous index is untouched.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "Builds the Skillsmap index from a data directory and swaps it in atomically.")
public final class IndexCommand implements Callable<Integer> {

    /** How many notes the summary prints; the manifest keeps them all. */
    private static final int NOTES_SHOWN = 12;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "data directory (sbb-xml/, mbo/, esco/), e.g. ../shared/data")
    Path data;

    @Option(
            names = "--index",
            required = true,
            paramLabel = "DIR",
            description = "where the index lives; a new build replaces it atomically")
    Path index;

    @Option(
            names = "--allow-shrink",
            description = "publish even when a count of documents falls by more than 10 %% against the published index")
    boolean allowShrink;

    private final PrintStream out;

    public IndexCommand() {
        this(System.err);
    }

    IndexCommand(PrintStream out) {
        this.out = out;
    }

    public static IndexCommand of(Path data, Path index, PrintStream out) {
        return of(data, index, false, out);
    }

    /** @param allowShrink as {@code --allow-shrink} */
    public static IndexCommand of(Path data, Path index, boolean allowShrink, PrintStream out) {
        IndexCommand command = new IndexCommand(out);
        command.data = data;
        command.index = index;
        command.allowShrink = allowShrink;
        return command;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IndexCommand()).execute(args));
    }

    @Override
    public Integer call() {
        try {
            build();
            return 0;
        } catch (DataFormatException e) {
            out.println("index: cannot read the data: " + e.getMessage());
            out.println("index: the previous index (if any) is unchanged at " + index.toAbsolutePath());
            return 1;
        } catch (IndexShrinkage.RefusedException e) {
            out.println("index: not published: " + e.getMessage());
            out.println("index: the previous index is unchanged at " + index.toAbsolutePath());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("index: build failed: " + describe(e));
            out.println("index: the previous index (if any) is unchanged at " + index.toAbsolutePath());
            return 1;
        }
    }

    /** The failure and, when it says more, its first cause: "No space left on device" must reach the person. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage();
        return root == e || cause == null || message.contains(cause) ? message : message + " (" + cause + ")";
    }

    /** Builds and publishes the index; throws on failure with the previous index untouched. */
    public IndexManifest build() throws IOException {
        long start = System.nanoTime();
        DataDirectory directory = new DataDirectory(data);
        out.println("index: reading " + directory.root());
        Corpus corpus = directory.load(line -> out.println("  " + line));
        long t = System.nanoTime();
        AnalysisResources resources = AnalysisResources.derive(corpus);
        out.printf(
                "  analysis resources: %,d compound parts, %,d synonym groups derived in %.2f s%n",
                resources.compoundDictionary().size(), resources.synonymGroups().size(), (System.nanoTime() - t) / 1e9);
        out.println("index: writing " + index.toAbsolutePath());
        IndexManifest manifest = new IndexBuilder(line -> out.println("  " + line), allowShrink)
                .build(
                        corpus,
                        resources,
                        new IndexLocation(index),
                        directory.root().toString());
        printSummary(manifest, (System.nanoTime() - start) / 1e9);
        return manifest;
    }

    private void printSummary(IndexManifest manifest, double seconds) {
        out.printf(
                "index: done in %.1f s, version %s, peak heap <= %d MiB (sum of heap pool peaks, at most the maximum heap)%n",
                seconds, manifest.version(), HeapPeak.mebibytes());
        out.println("  documents per type:");
        printCounts(manifest.counts());
        out.println("  documents per source:");
        printCounts(manifest.sources());
        out.printf(
                "  notes: %d (merge decisions and warnings; all in %s)%n",
                manifest.notes().size(), IndexManifest.FILE);
        manifest.notes().stream().limit(NOTES_SHOWN).forEach(n -> out.println("    " + n));
        if (manifest.notes().size() > NOTES_SHOWN) {
            out.printf("    ... %d more%n", manifest.notes().size() - NOTES_SHOWN);
        }
    }

    private void printCounts(Map<String, Integer> counts) {
        counts.forEach((k, v) -> out.printf("    %-28s %,8d%n", k, v));
    }
}
