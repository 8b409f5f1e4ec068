package nl.skillsmap.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Another website that embeds the widget: a small page on a port of its own (so an origin of its own) that loads
 * {@code skillsmap-widget.js} from the Skillsmap server and points {@code <skillsmap-search>} at that server's API.
 * The page is served with a strict Content-Security-Policy (no inline scripts or styles), as a careful host would,
 * and records every policy violation in {@code window.cspViolations}.
 */
public final class EmbeddingSite implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final HttpServer server;

    private EmbeddingSite(HttpServer server) {
        this.server = server;
    }

    /** Opens the site on a free loopback port; it serves its page once {@link #embed} says what to embed. */
    public static EmbeddingSite open() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), 0), 0);
        server.createContext("/host.js", exchange -> send(exchange, "text/javascript", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation', (event) => {
                  window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
                });
                """, null));
        server.start();
        return new EmbeddingSite(server);
    }

    public String origin() {
        return "http://" + HOST + ":" + server.getAddress().getPort();
    }

    /** Serves, at {@code /}, a page embedding the widget of the given Skillsmap server; returns its address. */
    public URI embed(RunningServer skillsmap) {
        return embed(skillsmap.origin(), skillsmap.origin());
    }

    /**
     * Serves, at {@code /}, a page embedding the widget script of one origin that asks the API at another (a server
     * that is down, say), with both allowed by the page's policy; returns its address.
     */
    public URI embed(String scriptOrigin, String apiOrigin) {
        String policy = "default-src 'self'; script-src 'self' " + scriptOrigin + "; connect-src "
                + scriptOrigin + (apiOrigin.equals(scriptOrigin) ? "" : " " + apiOrigin)
                + "; style-src 'self'; img-src 'self'";
        String page = """
                <!doctype html>
                <html lang="nl">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Gemeente Voorbeeld: werk en scholing</title>
                  <script src="/host.js"></script>
                  <script src="%s/skillsmap-widget.js"></script>
                </head>
                <body>
                  <main>
                    <h1>Werk en scholing in de regio</h1>
                    <p>Het mobiliteitsteam helpt je op weg naar ander werk.</p>
                    <skillsmap-search api="%s/api/v1" lang="nl"></skillsmap-search>
                  </main>
                </body>
                </html>
                """.formatted(scriptOrigin, apiOrigin);
        server.createContext("/", exchange -> send(exchange, "text/html", page, policy));
        return URI.create(origin() + "/");
    }

    private static void send(HttpExchange exchange, String type, String body, String policy) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        if (policy != null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", policy);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
