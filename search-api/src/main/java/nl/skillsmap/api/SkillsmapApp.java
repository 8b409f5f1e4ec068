package nl.skillsmap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import nl.skillsmap.search.compare.BroadElementsService;
import nl.skillsmap.search.compare.CommonService;
import nl.skillsmap.search.compare.CompareService;
import nl.skillsmap.search.detail.DetailService;
import nl.skillsmap.search.index.HealthService;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.language.LabelLanguageService;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.OverviewService;
import nl.skillsmap.search.share.LinkQrCode;
import nl.skillsmap.search.spelling.SpellingService;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.search.text.SearchService;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the HTTP application over an opened index: every setting and the whole route table in one place. Every
 * request reads the index snapshot current when it starts, and every API answer names that index's version in the
 * {@value #INDEX_VERSION_HEADER} header. The caller owns the index and closes it after stopping the application.
 */
public final class SkillsmapApp {

    public static final String API = "/api/v1";
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The content version of the index an answer comes from, as /health reports it. */
    public static final String INDEX_VERSION_HEADER = "Skillsmap-Index-Version";
    /**
     * Gzip's fastest mode that still finds most repeats: a match answer (70 KB of JSON) compresses to 13.4 KB in
     * 0.4 ms, where Javalin's default level 6 takes 1.5 ms for 11.6 KB; at level 6, deflating took about a fifth
     * of the CPU of a /match under load.
     */
    static final int GZIP_LEVEL = 3;
    /** An overview is dated for the Dutch employer and school who read it. */
    static final ZoneId OVERVIEW_ZONE = ZoneId.of("Europe/Amsterdam");

    private SkillsmapApp() {}

    public static Javalin create(SkillsmapIndex index, ApiConfig config) {
        ObjectMapper json = ApiJson.mapper();
        SearchController search = new SearchController(new SearchService(index));
        SuggestController suggest = new SuggestController(new SuggestService(index));
        MatchService matches = new MatchService(index);
        ServerLimits limits = config.limits();
        JsonBody bodies = new JsonBody(json, limits.bodyReadTime());
        AnswerTags tags = new AnswerTags(index::version);
        Turns heavy = Turns.heavy(limits);
        Turns light = Turns.light(limits);
        MatchController match = new MatchController(matches, bodies, json, heavy, tags);
        OverviewController overview =
                new OverviewController(new OverviewService(index, matches, Clock.system(OVERVIEW_ZONE)), bodies, heavy);
        DetailController details = new DetailController(new DetailService(index, matches));
        CompareController compare = new CompareController(
                new CompareService(index), new CommonService(index), new BroadElementsService(index));
        LabelLanguageController labelLanguages = new LabelLanguageController(new LabelLanguageService(index), bodies);
        SpellingController spelling = new SpellingController(new SpellingService(index));
        QrCodeController qrCodes = new QrCodeController(new LinkQrCode(), bodies);
        HealthController health = new HealthController(new HealthService(index));
        OpenApiDocument openApi = OpenApiDocument.load();
        CorsPolicy cors = new CorsPolicy(config.corsOrigins());
        WebAssets web = new WebAssets(config.webAssets());
        ProblemMapper problems = new ProblemMapper();

        return Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jsonMapper(new JavalinJackson(json, false));
            app.http.maxRequestSize = MAX_BODY_BYTES;
            app.http.prefer405over404 = true;
            app.http.compressionStrategy = new CompressionStrategy(null, new Gzip(GZIP_LEVEL));
            app.jetty.threadPool = new QueuedThreadPool(limits.threads(), Math.min(8, limits.threads()), (int)
                    Duration.ofMinutes(1).toMillis());
            app.jetty.modifyServer(server -> {
                // Stopping refuses new requests (503) and waits this long for those in flight.
                server.setStopTimeout(limits.stopTimeout().toMillis());
                server.insertHandler(new GracefulHandler());
                server.insertHandler(new SecurityHeaders(null));
                server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
                server.setErrorHandler(new ProblemErrorHandler(json));
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        // The connectors exist only now, just before the server starts.
                        for (Connector connector : server.getConnectors()) {
                            if (connector instanceof AbstractConnector network) {
                                network.setIdleTimeout(limits.idleTimeout().toMillis());
                            }
                        }
                    }
                });
            });
            // An occupation's id may be its whole URI, URL-encoded into one path segment: let %2F through.
            app.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.DEFAULT.with(
                    "encoded slashes in ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR)));
            app.jetty.modifyServletContextHandler(
                    context -> context.getServletHandler().setDecodeAmbiguousURIs(true));

            app.routes.before(cors::apply);
            app.routes.before(API + "/*", QueryParameters::checkEncoding);
            app.routes.before(API + "/*", ctx -> ctx.header(INDEX_VERSION_HEADER, index.version()));
            app.routes.before(API + "/*", tags::beforeGet);
            app.routes.after(API + "/*", tags::afterGet);
            app.routes.get(API + "/search", light.around(search::search));
            app.routes.get(API + "/suggest", light.around(suggest::suggest));
            app.routes.get(API + "/spelling", spelling::spelling);
            app.routes.post(API + "/label-languages", labelLanguages::labelLanguages);
            app.routes.post(API + "/qr-code", qrCodes::qrCode);
            app.routes.post(API + "/match", match::match);
            app.routes.get(API + "/qualifications/{crebo}", details::qualification);
            app.routes.post(API + "/qualifications/{crebo}/overview", overview::overview);
            app.routes.get(API + "/occupations/{id}", details::occupation);
            app.routes.get(API + "/compare", compare::compare);
            app.routes.get(API + "/common", compare::common);
            app.routes.get(API + "/broad-elements", compare::broadElements);
            app.routes.get(API + "/health", health::health);
            app.routes.get(API + "/openapi.yaml", openApi::serve);
            if (web.present()) {
                web.serve(app);
            } else {
                app.routes.get("/", WebAssets::placeholder);
            }

            // One mapper for everything; registered for the classes Javalin maps itself, to replace its answers.
            app.routes.exception(Exception.class, problems::handle);
            app.routes.exception(HttpResponseException.class, problems::handle);
        });
    }
}
