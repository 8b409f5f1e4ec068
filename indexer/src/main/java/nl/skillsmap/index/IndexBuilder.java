package nl.skillsmap.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import nl.skillsmap.analysis.AnalysisResources;
import nl.skillsmap.analysis.AnalyzerFactory;
import nl.skillsmap.model.Corpus;

/**
 * Writes a {@link Corpus} (read by the sources) into a new index generation and publishes it through
 * {@link IndexLocation}, in stages: {@link Enrichment} (corpus to {@link EnrichedCorpus}), {@link DocumentMapper#map}
 * (to {@link MappedDocuments}) and {@link IndexWriting}. Building is deterministic: the same corpus gives the same
 * documents in the same order and the same content version.
 */
public final class IndexBuilder {

    private final Consumer<String> progress;
    private final boolean allowShrink;

    /** @param progress receives one human-readable line per finished stage */
    public IndexBuilder(Consumer<String> progress) {
        this(progress, false);
    }

    /**
     * @param allowShrink publish even when the new index holds much less than the published one (see
     *                    {@link IndexShrinkage})
     */
    public IndexBuilder(Consumer<String> progress, boolean allowShrink) {
        this.progress = progress;
        this.allowShrink = allowShrink;
    }

    public IndexManifest build(Corpus read, AnalysisResources resources, IndexLocation location, String dataDirectory)
            throws IOException {
        long start = System.nanoTime();
        Path build = location.startBuild();
        boolean published = false;
        try {
            AnalyzerFactory analyzers = new AnalyzerFactory(resources);
            EnrichedCorpus enriched = new Enrichment(analyzers, progress).enrich(read);
            MappedDocuments mapped = DocumentMapper.map(enriched);
            String version = new IndexWriting(progress)
                    .write(build, mapped, enriched.space(), resources, IndexSchema.indexAnalyzer(analyzers));
            IndexManifest manifest = new IndexManifest(
                    version,
                    IndexSchema.VERSION,
                    Instant.now(),
                    dataDirectory,
                    mapped.counts(),
                    mapped.sources(),
                    enriched.corpus().notes(),
                    (System.nanoTime() - start) / 1_000_000);
            manifest.write(build);
            refuseShrinking(location, manifest, dataDirectory);
            location.publish(build);
            published = true;
            return manifest;
        } finally {
            if (!published) {
                location.abandon(build);
            }
        }
    }

    private void refuseShrinking(IndexLocation location, IndexManifest next, String dataDirectory) throws IOException {
        Optional<Path> published = location.current();
        if (published.isEmpty()) {
            return;
        }
        IndexManifest before;
        try {
            before = IndexManifest.read(published.get());
        } catch (IOException e) {
            progress.accept(
                    "the published index's manifest cannot be read (" + e.getMessage() + "); counts not compared");
            return;
        }
        IndexShrinkage shrinkage = IndexShrinkage.between(before, next);
        if (shrinkage.isEmpty()) {
            return;
        }
        if (!allowShrink) {
            throw new IndexShrinkage.RefusedException(shrinkage, published.get(), dataDirectory);
        }
        progress.accept("publishing although counts fell (--allow-shrink): " + String.join("; ", shrinkage.drops()));
    }

    static String since(long startNanos) {
        return String.format("%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
