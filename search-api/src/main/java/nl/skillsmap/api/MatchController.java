package nl.skillsmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * POST /match: reads the JSON profile, answers with the service's qualifications and occupations. A match is the
 * heaviest request (a body of up to 64 KiB, an answer of some megabytes), so it holds a place among the
 * {@link HeavyRequests} from its first body byte until its answer is written.
 */
final class MatchController {

    private static final Logger LOG = LoggerFactory.getLogger(MatchController.class);

    private final MatchService match;
    private final JsonBody body;
    private final ObjectMapper json;
    private final HeavyRequests heavy;

    MatchController(MatchService match, JsonBody body, ObjectMapper json, HeavyRequests heavy) {
        this.match = match;
        this.body = body;
        this.json = json;
        this.heavy = heavy;
    }

    void match(Context ctx) throws JsonProcessingException {
        try (HeavyRequests.Ticket ticket = heavy.admit()) {
            MatchRequest request = body.read(ctx, MatchRequest.class);
            ticket.run();
            // Written here, not after the handler returns, so the answer counts against the bound while it exists.
            byte[] answer = json.writeValueAsBytes(match.match(request));
            ctx.contentType(ContentType.APPLICATION_JSON);
            try {
                ctx.outputStream().write(answer);
            } catch (IOException e) {
                // The client went away before reading its answer: nothing to answer, nothing wrong here.
                LOG.info("POST {} from {}: the client left before its answer was written ({})", ctx.path(),
                        ctx.ip(), e.getMessage());
            }
        }
    }
}
