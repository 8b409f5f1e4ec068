package nl.skillsmap.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import nl.skillsmap.api.ApiConfig;
import nl.skillsmap.index.IndexLocation;

/**
 * What the browser tests look at: the real server over an index, and other websites embedding its widget: one on
 * the server's CORS allow-list, one not, and one (allowed) whose widget asks an API address where nothing answers.
 */
public final class LiveSkillsmap implements AutoCloseable {

    private final RunningServer server;
    private final EmbeddingSite allowedSite;
    private final EmbeddingSite unlistedSite;
    private final URI allowedEmbedding;
    private final URI unlistedEmbedding;
    private final EmbeddingSite outageSite;
    private final URI outageEmbedding;

    private LiveSkillsmap(
            RunningServer server,
            EmbeddingSite allowedSite,
            EmbeddingSite unlistedSite,
            EmbeddingSite outageSite,
            String unansweredOrigin) {
        this.server = server;
        this.allowedSite = allowedSite;
        this.unlistedSite = unlistedSite;
        this.outageSite = outageSite;
        this.allowedEmbedding = allowedSite.embed(server);
        this.unlistedEmbedding = unlistedSite.embed(server);
        this.outageEmbedding = outageSite.embed(server.origin(), unansweredOrigin);
    }

    public static LiveSkillsmap start(IndexLocation index) throws IOException {
        EmbeddingSite allowed = EmbeddingSite.open();
        EmbeddingSite unlisted = EmbeddingSite.open();
        EmbeddingSite outage = EmbeddingSite.open();
        try {
            // The allowed sites' origins must be in the configuration the server starts with.
            RunningServer server = RunningServer.start(
                    index, ApiConfig.defaults().withCorsOrigins(List.of(allowed.origin(), outage.origin())));
            return new LiveSkillsmap(server, allowed, unlisted, outage, unansweredOrigin());
        } catch (IOException | RuntimeException e) {
            allowed.close();
            unlisted.close();
            outage.close();
            throw e;
        }
    }

    /** An origin on this machine where nothing listens: a port taken from the system and given back at once. */
    private static String unansweredOrigin() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
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

    /** An allowed page whose widget asks an API address where no server answers, as during an outage. */
    public URI outageEmbedding() {
        return outageEmbedding;
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            allowedSite.close();
            unlistedSite.close();
            outageSite.close();
        }
    }
}
