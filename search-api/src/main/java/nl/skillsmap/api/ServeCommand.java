package nl.skillsmap.api;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.skillsmap.cli.IndexCommand;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.IndexWatcher;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.source.DataFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: opens the index (building it first when there is none, or when asked to) and serves the API and
 * the web page until the process is stopped, moving to a newly published index when it sees one; on stop the server refuses new requests, finishes those in flight
 * (for at most {@link ServerLimits#stopTimeout()}) and the index closes.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serves the JSON API under " + SkillsmapApp.API + " and the web page at /.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "var/index",
            description = "the index to serve (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "data directory to build the index from when there is none yet, or with --rebuild")
    Path data;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(
            names = "--cors",
            paramLabel = "ORIGINS",
            defaultValue = "${env:SKILLSMAP_CORS_ORIGINS}",
            description = "comma-separated origins of sites allowed to call the API from their pages, like "
                    + "https://www.s-bb.nl (default: SKILLSMAP_CORS_ORIGINS, else none)")
    String cors;

    @Option(names = "--rebuild", description = "build the index from --data before serving, even if one exists")
    boolean rebuild;

    @Option(
            names = "--allow-shrink",
            description = "with --rebuild: publish the new index even when a count of "
                    + "documents falls by more than 10 %% against the published one")
    boolean allowShrink;

    @Option(
            names = "--watch-seconds",
            paramLabel = "SECONDS",
            defaultValue = "2",
            description = "how often to look for a newly published index to move to, like one built by the 'index'"
                    + " command while serving (default: ${DEFAULT-VALUE}; 0 never looks)")
    int watchSeconds;

    @Spec
    CommandSpec spec;

    private final PrintStream out = System.err;

    private static boolean currentSchema(IndexLocation location) {
        try {
            return IndexManifest.read(location.current().orElseThrow()).hasCurrentSchema();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (watchSeconds < 0) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--watch-seconds must be 0 or more, was " + watchSeconds);
        }
        ApiConfig config = config();
        IndexLocation location = new IndexLocation(index);
        boolean outdated = !rebuild && location.current().isPresent() && !currentSchema(location);
        if (rebuild || outdated || location.current().isEmpty()) {
            if (data == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        rebuild
                                ? "--rebuild needs --data DIR to build from"
                                : outdated
                                        ? "the index at " + location.path() + " was built by another version of"
                                                + " Skillsmap: give --data DIR to rebuild it"
                                        : "no index at " + location.path() + ": give --data DIR to build one");
            }
            if (outdated) {
                out.println("serve: the index at " + location.path() + " was built by another version of Skillsmap;"
                        + " rebuilding it from " + data);
            }
            try {
                IndexCommand.of(data, index, allowShrink, out).build();
            } catch (DataFormatException | IOException e) {
                out.println("serve: cannot build the index: " + e.getMessage());
                return 1;
            }
        }
        long loading = System.nanoTime();
        SkillsmapIndex opened;
        try {
            opened = SkillsmapIndex.open(location);
        } catch (IOException e) {
            out.println("serve: cannot open the index: " + e.getMessage());
            return 1;
        }
        Javalin app;
        try {
            app = SkillsmapApp.create(opened, config);
        } catch (RuntimeException e) {
            closeQuietly(opened);
            throw e;
        }
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            closeQuietly(opened);
            out.println("serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        IndexSnapshot first = opened.acquire();
        try {
            IndexManifest manifest = first.manifest();
            out.printf(
                    "serve: index %s built %s %s, opened and read into memory in %.1f s%n",
                    manifest.version(), manifest.builtAt(), manifest.counts(), (System.nanoTime() - loading) / 1e9);
        } finally {
            opened.release(first);
        }
        opened.onSwap(now -> out.printf(
                "serve: now serving index %s built %s %s (%s); requests in flight finish" + " on the previous one%n",
                now.version(), now.manifest().builtAt(), now.manifest().counts(), now.generation()));
        IndexWatcher watcher = watchSeconds > 0
                ? IndexWatcher.start(
                        opened, Duration.ofSeconds(watchSeconds), problem -> out.println("serve: " + problem))
                : null;
        out.printf(
                "serve: listening on http://%s:%d/ (API at %s, CORS origins: %s)%n",
                host,
                app.port(),
                SkillsmapApp.API,
                config.corsOrigins().isEmpty() ? "none" : String.join(", ", config.corsOrigins()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // Stop taking requests (new connections are refused, new requests on open ones answered
                            // 503) and let
                            // running ones finish, for at most the stop timeout, before the index files are released.
                            if (watcher != null) {
                                watcher.close();
                            }
                            app.stop();
                            closeQuietly(opened);
                            stopped.countDown();
                        },
                        "skillsmap-shutdown"));
        stopped.await();
        return 0;
    }

    private ApiConfig config() {
        try {
            List<String> origins = ApiConfig.parseOrigins(cors);
            return ApiConfig.defaults().withCorsOrigins(origins);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void closeQuietly(SkillsmapIndex opened) {
        try {
            opened.close();
        } catch (IOException e) {
            out.println("serve: closing the index failed: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
