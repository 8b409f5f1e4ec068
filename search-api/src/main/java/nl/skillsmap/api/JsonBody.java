package nl.skillsmap.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.skillsmap.search.ValidationException;

/**
 * Reads a JSON request body into a record, refusing what is not JSON (415), too large (413) or not of the
 * record's shape (400, naming the field as the request spells it: {@code levels[1]}, {@code activitys}).
 */
final class JsonBody {

    /**
     * How much of a too large body is read and dropped before the refusal is sent. A server that answers while the
     * client is still sending and then closes the connection makes the client's system reset it, and the client
     * may lose the answer: it sees a broken connection instead of a 413. A body up to this size is read to its end
     * first, so the client gets the 413; a larger one is refused at once, the connection's fate left to the client.
     */
    static final long DISCARDED_BYTES = 1024 * 1024;

    /** {@code application/json}, with at most a UTF-8 charset: what the API reads. */
    private static final Pattern JSON_MEDIA_TYPE =
            Pattern.compile("application/json\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?\\s*)?", Pattern.CASE_INSENSITIVE);

    /** How the parser reports a key given twice in one object. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private final ObjectMapper mapper;
    private final Duration readTime;

    /** @param readTime how long a body may take to arrive in all (see {@link ServerLimits#bodyReadTime()}) */
    JsonBody(ObjectMapper mapper, Duration readTime) {
        this.mapper = mapper;
        this.readTime = readTime;
    }

    <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !JSON_MEDIA_TYPE.matcher(contentType.strip()).matches()) {
            throw new UnsupportedMediaTypeResponse("The request body must be application/json (UTF-8), not "
                    + (contentType == null ? "without a content type" : contentType) + ".");
        }
        // Refused when the client says so; a body without a length is cut off while reading.
        if (ctx.contentLength() > SkillsmapApp.MAX_BODY_BYTES) {
            discardUpTo(ctx, DISCARDED_BYTES);
            throw new ContentTooLargeResponse();
        }
        byte[] body = BodyReader.read(ctx, SkillsmapApp.MAX_BODY_BYTES, readTime);
        if (body.length == 0) {
            throw new ValidationException("body", "is empty; send a JSON object");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new ValidationException("body", "cannot be read: " + e.getMessage());
        }
        if (value == null) {
            throw new ValidationException("body", "must be a JSON object, not null");
        }
        return value;
    }

    private static void discardUpTo(Context ctx, long limit) {
        // A client that waits for "100 Continue" sends nothing more once refused: reading would invite the body.
        if (ctx.contentLength() > limit || "100-continue".equalsIgnoreCase(ctx.header("Expect"))) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away while sending: the refusal still stands, whoever reads it.
        }
    }

    private static ValidationException invalid(JsonProcessingException e) {
        // A syntax error may reach us wrapped in a mapping error that names where the parser was.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException syntax) {
                Matcher duplicate = DUPLICATE.matcher(String.valueOf(syntax.getOriginalMessage()));
                if (duplicate.lookingAt()) {
                    return new ValidationException(duplicate.group(1), "is given twice");
                }
                return new ValidationException(
                        "body", "is not valid JSON" + at(syntax.getLocation()) + ": " + reason(syntax));
            }
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new ValidationException("body", "has more content after its JSON object");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new ValidationException(path(unknown), "is not a field of this request");
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping);
            String message = mapping instanceof MismatchedInputException mismatch
                    ? "must be " + expected(mismatch.getTargetType())
                    : "has an invalid value";
            return new ValidationException(path.isEmpty() ? "body" : path, message);
        }
        return new ValidationException("body", "is not valid JSON: " + reason(e));
    }

    /** The field as the request spells it: {@code domains[2]}, {@code limit}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Integer.class.equals(type) || int.class.equals(type) || Long.class.equals(type)) {
            return "a whole number";
        }
        if (String.class.equals(type)) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** Jackson's message without its parenthesised source excerpt or second line. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        // Without the parser's advice to its programmers ("enable `JsonReadFeature...` to allow").
        return message.replaceFirst("(?s)\\s*[(\\n].*", "").replaceFirst("(?s)\\s*[:;,]?\\s*(enable|use) `.*", "");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
