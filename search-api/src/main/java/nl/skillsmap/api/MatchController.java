package nl.skillsmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchResponse;
import nl.skillsmap.search.match.MatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /match: reads the JSON profile, answers with the service's qualifications and occupations, as a
 * {@link MatchResponse#summary() summary} unless {@code expand=missing} asks for every missing part and skill. A
 * match is the heaviest request (a body of up to 64 KiB, an answer of up to a megabyte), so it holds a place among
 * the {@link Turns heavy requests} from its first body byte until its answer is written. The answer is tagged by index
 * version and request ({@link AnswerTags}); a client that holds the tag is answered 304 without a match being run.
 */
final class MatchController {

    /** The value of {@code expand} that lists every missing work process and skill. */
    static final String EXPAND_MISSING = "missing";

    private static final Logger LOG = LoggerFactory.getLogger(MatchController.class);

    private final MatchService match;
    private final JsonBody body;
    private final ObjectMapper json;
    private final Turns heavy;
    private final AnswerTags tags;

    MatchController(MatchService match, JsonBody body, ObjectMapper json, Turns heavy, AnswerTags tags) {
        this.match = match;
        this.body = body;
        this.json = json;
        this.heavy = heavy;
        this.tags = tags;
    }

    void match(Context ctx) throws JsonProcessingException {
        QueryParameters parameters = QueryParameters.of(ctx);
        boolean expanded = EXPAND_MISSING.equals(parameters.oneOf("expand", EXPAND_MISSING));
        parameters.done();
        try (Turns.Ticket ticket = heavy.admit()) {
            MatchRequest request = body.read(ctx, MatchRequest.class).validated();
            // The request as validated (stripped, defaults left as given), so spelling it differently tags alike.
            String tag = tags.tag("POST /match" + (expanded ? "?expand=" + EXPAND_MISSING : "") + '\n'
                    + json.writeValueAsString(request));
            if (tags.notModified(ctx, tag)) {
                return;
            }
            ticket.run();
            MatchResponse full = match.match(request);
            // Written here, not after the handler returns, so the answer counts against the bound while it exists.
            byte[] answer = json.writeValueAsBytes(expanded ? full : full.summary());
            ctx.contentType(ContentType.APPLICATION_JSON);
            try {
                ctx.outputStream().write(answer);
            } catch (IOException e) {
                // The client went away before reading its answer: nothing to answer, nothing wrong here.
                LOG.info(
                        "POST {} from {}: the client left before its answer was written ({})",
                        ctx.path(),
                        ctx.ip(),
                        e.getMessage());
            }
        }
    }
}
