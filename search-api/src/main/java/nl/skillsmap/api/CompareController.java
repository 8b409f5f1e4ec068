package nl.skillsmap.api;

import io.javalin.http.Context;
import nl.skillsmap.search.compare.BroadElementsService;
import nl.skillsmap.search.compare.CommonService;
import nl.skillsmap.search.compare.CompareService;

/** GET /compare, /common and /broad-elements: qualifications side by side. The services check the crebos. */
final class CompareController {

    private final CompareService compare;
    private final CommonService common;
    private final BroadElementsService broadElements;

    CompareController(CompareService compare, CommonService common, BroadElementsService broadElements) {
        this.compare = compare;
        this.common = common;
        this.broadElements = broadElements;
    }

    void compare(Context ctx) {
        ctx.json(compare.compare(ctx.queryParam("from"), ctx.queryParam("to")));
    }

    void common(Context ctx) {
        ctx.json(common.common(ctx.queryParams("crebo")));
    }

    void broadElements(Context ctx) {
        QueryParameters parameters = QueryParameters.of(ctx);
        Integer limit = parameters.integer("limit");
        parameters.done();
        ctx.json(broadElements.broadElements(ctx.queryParam("domain"), limit));
    }
}
