package nl.skillsmap.api;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body whole, within a time limit for all of it: a client that trickles its body in (a byte every
 * few seconds) is refused when the limit passes instead of holding a server thread for as long as it likes. Each
 * single wait for more bytes is bounded by the connection's idle timeout, so a thread is held at most the read time
 * plus one idle timeout.
 */
final class BodyReader {

    private BodyReader() {}

    /**
     * @throws ContentTooLargeResponse    when the body is larger than {@code maxBytes}
     * @throws BodyNotReceivedException when the body does not arrive in time, or arrives broken (the client went
     *                                  away, the chunked encoding is invalid)
     */
    static byte[] read(Context ctx, int maxBytes, Duration readTime) {
        long deadline = System.nanoTime() + readTime.toNanos();
        ByteArrayOutputStream body =
                new ByteArrayOutputStream(Math.max(0, Math.min(maxBytes, (int) Math.max(0, ctx.contentLength()))));
        byte[] buffer = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                body.write(buffer, 0, n);
                if (body.size() > maxBytes) {
                    throw new ContentTooLargeResponse();
                }
                if (System.nanoTime() > deadline) {
                    throw BodyNotReceivedException.tooSlow(readTime, body.size());
                }
            }
        } catch (ContentTooLargeResponse | BodyNotReceivedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw timedOut(e)
                    ? BodyNotReceivedException.tooSlow(readTime, body.size())
                    : BodyNotReceivedException.broken(body.size());
        }
        return body.toByteArray();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A request body that did not arrive whole: 408 when too slow, else 400. The connection is not reused. */
    static final class BodyNotReceivedException extends RuntimeException {

        private final int status;

        private BodyNotReceivedException(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        static BodyNotReceivedException tooSlow(Duration readTime, int received) {
            return new BodyNotReceivedException(
                    408,
                    "The request body did not arrive within " + readTime.toSeconds() + " s (" + received
                            + " bytes received).");
        }

        static BodyNotReceivedException broken(int received) {
            return new BodyNotReceivedException(
                    400,
                    "The request body broke off after " + received
                            + " bytes: the connection closed or its chunked encoding is invalid.");
        }

        int status() {
            return status;
        }
    }
}
