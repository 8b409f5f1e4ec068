package nl.skillsmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.skillsmap.api.ApiConfig;
import nl.skillsmap.api.SkillsmapApp;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.search.index.SkillsmapIndex;

/** The real Skillsmap server (page, widget and API) over an index, on a free port of the loopback interface. */
public final class RunningServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SkillsmapIndex index;
    private final Javalin app;

    private RunningServer(SkillsmapIndex index, Javalin app) {
        this.index = index;
        this.app = app;
    }

    public static RunningServer start(IndexLocation location, ApiConfig config) throws IOException {
        SkillsmapIndex index = SkillsmapIndex.open(location);
        try {
            return new RunningServer(index, SkillsmapApp.create(index, config).start(HOST, 0));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The page, e.g. {@code http://127.0.0.1:41234/}. */
    public URI root() {
        return URI.create("http://" + HOST + ":" + app.port() + "/");
    }

    /** The API base, ending in a slash so relative paths resolve under it. */
    public URI api() {
        return root().resolve(SkillsmapApp.API.substring(1) + "/");
    }

    /** The origin a browser sends for pages of this server. */
    public String origin() {
        return "http://" + HOST + ":" + app.port();
    }

    /** GETs an API path (relative to {@link #api()}) and reads the JSON answer; fails on any status but 200. */
    public JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(api().resolve(path)).GET());
    }

    /** POSTs a JSON body to an API path and reads the JSON answer; fails on any status but 200. */
    public JsonNode post(String path, Object body) throws IOException {
        return send(HttpRequest.newBuilder(api().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static JsonNode send(HttpRequest.Builder request) throws IOException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest built = request.header("Accept", "application/json").build();
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.build().uri(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            app.stop();
        } finally {
            index.close();
        }
    }
}
