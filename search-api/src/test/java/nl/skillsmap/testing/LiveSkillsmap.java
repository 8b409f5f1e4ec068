package nl.skillsmap.testing;

import nl.skillsmap.api.ApiConfig;
import nl.skillsmap.index.IndexLocation;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * What the browser tests look at: the real server over an index, and two other websites embedding its widget, one
 * on the server's CORS allow-list and one not.
 */
public final class LiveSkillsmap implements AutoCloseable {

    private final RunningServer server;
    private final EmbeddingSite allowedSite;
    private final EmbeddingSite unlistedSite;
    private final URI allowedEmbedding;
    private final URI unlistedEmbedding;

    private LiveSkillsmap(RunningServer server, EmbeddingSite allowedSite, EmbeddingSite unlistedSite) {
        this.server = server;
        this.allowedSite = allowedSite;
        this.unlistedSite = unlistedSite;
        this.allowedEmbedding = allowedSite.embed(server);
        this.unlistedEmbedding = unlistedSite.embed(server);
    }

    public static LiveSkillsmap start(IndexLocation index) throws IOException {
        EmbeddingSite allowed = EmbeddingSite.open();
        EmbeddingSite unlisted = EmbeddingSite.open();
        try {
            // The allowed site's origin must be in the configuration the server starts with.
            RunningServer server = RunningServer.start(index,
                    ApiConfig.defaults().withCorsOrigins(List.of(allowed.origin())));
            return new LiveSkillsmap(server, allowed, unlisted);
        } catch (IOException | RuntimeException e) {
            allowed.close();
            unlisted.close();
            throw e;
        }
    }

    public RunningServer server() {
        return server;
    }

    /** The Skillsmap page. */
    public URI page() {
        return server.root();
    }

    /** A page on another origin, allowed by the server's CORS setting, embedding the widget. */
    public URI allowedEmbedding() {
        return allowedEmbedding;
    }

    /** A page on another origin the server does not allow, embedding the widget. */
    public URI unlistedEmbedding() {
        return unlistedEmbedding;
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            allowedSite.close();
            unlistedSite.close();
        }
    }
}
