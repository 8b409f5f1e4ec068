package nl.skillsmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the server answers before a request reaches the application (a request line or headers too long, a
 * malformed request, a request while stopping) as {@code application/problem+json}, like every other error, instead
 * of Jetty's HTML pages. The detail says what a person can do about it and names no library.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = problem(code, request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        byte[] body = problem(status, null);
        fields.put(HttpHeader.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
        return ByteBuffer.wrap(body);
    }

    private byte[] problem(int status, String path) {
        try {
            return json.writeValueAsBytes(
                    new ProblemDetails("about:blank", title(status), status, detail(status), path, null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(int status) {
        String reason = HttpStatus.getMessage(status);
        return reason == null ? "Error" : reason;
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid HTTP (a malformed request line, header or body encoding).";
            case 408 -> "The request did not arrive in time.";
            case 413 -> "The request body is larger than the server accepts.";
            case 414 -> "The address is longer than the server accepts.";
            case 431 -> "The request headers are larger than the server accepts.";
            case 503 -> "The server is stopping or too busy; try again shortly.";
            default ->
                status >= 500
                        ? "The server could not answer this request."
                        : "The server could not accept this request.";
        };
    }
}
