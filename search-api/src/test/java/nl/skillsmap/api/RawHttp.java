package nl.skillsmap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection on loopback driven byte by byte, for what an HTTP client library will not do: send a body
 * slowly, stop half-way, send a broken chunked encoding.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;

    RawHttp(int port) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends text as it is; false when the server has closed the connection. */
    boolean send(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The head of a POST of a JSON body of the given length. */
    static String postHead(String path, int contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + contentLength + "\r\n\r\n";
    }

    /** The answer as it arrives within {@code wait}, read to the end of its body or of the connection. */
    Answer answer(Duration wait) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
                Answer answer = Answer.parse(received.toString(StandardCharsets.UTF_8));
                if (answer != null && answer.complete()) {
                    return answer;
                }
            }
        } catch (IOException e) {
            // A reset connection: whatever arrived is the answer.
        }
        return Answer.parse(received.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Status, head and body of an answer; the body may be partial when {@link #complete()} is false. */
    record Answer(int status, String head, String body, boolean complete) {

        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                return null;
            }
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            int status = Integer.parseInt(text.substring(9, 12));
            String length = header(head, "content-length");
            boolean complete = length != null
                    ? body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length)
                    : body.endsWith("0\r\n\r\n");
            return new Answer(status, head, body, complete);
        }

        String header(String name) {
            return header(head, name);
        }

        private static String header(String head, String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0
                        && line.substring(0, colon)
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }
}
