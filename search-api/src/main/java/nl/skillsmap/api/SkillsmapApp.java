package nl.skillsmap.api;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import nl.skillsmap.search.DocumentRows;
import nl.skillsmap.search.HealthService;
import nl.skillsmap.search.SearchService;
import nl.skillsmap.search.SkillsmapIndex;
import nl.skillsmap.search.SuggestService;

/**
 * Builds the HTTP application over an opened index: every setting and the whole route table in one place. The
 * caller owns the index and closes it after stopping the application.
 */
public final class SkillsmapApp {

    public static final String API = "/api/v1";
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private SkillsmapApp() {
    }

    public static Javalin create(SkillsmapIndex index, ApiConfig config) {
        DocumentRows rows = DocumentRows.read(index);
        SearchController search = new SearchController(new SearchService(index, rows));
        SuggestController suggest = new SuggestController(new SuggestService(index, rows));
        HealthController health = new HealthController(new HealthService(index));
        OpenApiDocument openApi = OpenApiDocument.load();
        CorsPolicy cors = new CorsPolicy(config.corsOrigins());
        WebAssets web = new WebAssets(config.webAssets());
        ProblemMapper problems = new ProblemMapper();

        return Javalin.create(app -> {
            app.startup.showJavalinBanner = false;
            app.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            app.http.maxRequestSize = MAX_BODY_BYTES;
            app.http.prefer405over404 = true;

            app.routes.before(cors::apply);
            app.routes.get(API + "/search", search::search);
            app.routes.get(API + "/suggest", suggest::suggest);
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
            app.routes.exception(ValidationException.class, problems::handle);
        });
    }
}
