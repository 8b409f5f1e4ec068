package nl.skillsmap.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.stream.Collectors;
import nl.skillsmap.search.NotFoundException;
import nl.skillsmap.search.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become responses: every error leaves as {@code application/problem+json}. Client errors
 * say what was wrong; anything unexpected is logged with its stack trace and answered with a 500 that reveals
 * nothing of it.
 */
final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String TYPE = "about:blank";

    void handle(Exception exception, Context ctx) {
        ProblemDetails problem = switch (exception) {
            case ValidationException invalid -> invalid(ctx, invalid);
            case NotFoundException missing -> problem(ctx, HttpStatus.NOT_FOUND, missing.getMessage() + ".", null);
            case HttpResponseException http -> httpProblem(ctx, http);
            case Turns.BusyException busy -> {
                ctx.header(Header.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
                yield problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage(), null);
            }
            case BodyReader.BodyNotReceivedException broken -> {
                // The client's doing, not a fault of the server: one line, no stack trace.
                LOG.warn("{} {} from {}: {}", ctx.method(), ctx.path(), ctx.ip(), broken.getMessage());
                ctx.header(Header.CONNECTION, "close");
                yield problem(ctx, HttpStatus.forStatus(broken.status()), broken.getMessage(), null);
            }
            default -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), exception);
                yield problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "The server could not answer this request.", null);
            }
        };
        ctx.status(problem.status()).json(problem).contentType(ProblemDetails.CONTENT_TYPE);
    }

    private static ProblemDetails invalid(Context ctx, ValidationException invalid) {
        List<ProblemDetails.FieldError> fields = invalid.errors().stream()
                .map(error -> new ProblemDetails.FieldError(error.field(), error.reason(), error.suggestion()))
                .toList();
        String detail = fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return problem(ctx, HttpStatus.BAD_REQUEST, detail, fields);
    }

    private static ProblemDetails httpProblem(Context ctx, HttpResponseException http) {
        HttpStatus status = HttpStatus.forStatus(http.getStatus());
        String detail = switch (status) {
            case NOT_FOUND ->
                http instanceof EndpointNotFound ? "Nothing is found at " + ctx.path() + "." : http.getMessage();
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path() + ".";
            case CONTENT_TOO_LARGE -> "The request body is larger than " + SkillsmapApp.MAX_BODY_BYTES + " bytes.";
            default -> http.getMessage();
        };
        if (http instanceof MethodNotAllowedResponse) {
            String allowed = http.getDetails()
                    .getOrDefault("availableMethods", http.getDetails().get("Available methods"));
            if (allowed != null) {
                ctx.header(Header.ALLOW, allowed);
            }
        }
        return problem(ctx, status, detail, null);
    }

    private static ProblemDetails problem(
            Context ctx, HttpStatus status, String detail, List<ProblemDetails.FieldError> errors) {
        return new ProblemDetails(TYPE, status.getMessage(), status.getCode(), detail, ctx.path(), errors);
    }
}
