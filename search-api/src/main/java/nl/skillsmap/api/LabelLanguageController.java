package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.language.LabelLanguageRequest;
import nl.skillsmap.search.language.LabelLanguageService;

/** POST /label-languages: reads the URIs, answers with those whose label is not Dutch. */
final class LabelLanguageController {

    private final LabelLanguageService languages;
    private final JsonBody body;

    LabelLanguageController(LabelLanguageService languages, JsonBody body) {
        this.languages = languages;
        this.body = body;
    }

    void labelLanguages(Context ctx) {
        ctx.json(languages.notDutch(body.read(ctx, LabelLanguageRequest.class).uris()));
    }
}
