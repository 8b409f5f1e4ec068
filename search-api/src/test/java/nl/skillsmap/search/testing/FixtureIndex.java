package nl.skillsmap.search.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.search.index.SkillsmapIndex;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a {@link SkillsmapIndex} parameter (of a constructor, test or {@code @BeforeAll} method) the index of the
 * {@link FixtureCorpus}. The index is built once per test run into a temporary directory and kept in the root
 * extension store, which closes it and deletes the directory when the run ends. The index is read-only, so the test
 * classes sharing it cannot affect one another; a test that needs to close or rebuild an index builds its own.
 */
public final class FixtureIndex implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FixtureIndex.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SkillsmapIndex.class;
    }

    @Override
    public SkillsmapIndex resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Built.class, key -> Built.build(), Built.class)
                .index();
    }

    /** The opened fixture index and the directory it lives in, removed together. */
    private record Built(Path dir, SkillsmapIndex index) implements AutoCloseable {

        static Built build() {
            try {
                Path dir = Files.createTempDirectory("skillsmap-fixture-index");
                return new Built(dir, SkillsmapIndex.open(FixtureCorpus.buildIndex(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not build the fixture index", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                index.close();
            } finally {
                IndexLocation.deleteRecursively(dir);
            }
        }
    }
}
