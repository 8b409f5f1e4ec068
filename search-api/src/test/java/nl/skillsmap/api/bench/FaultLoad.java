package nl.skillsmap.api.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.skillsmap.api.ApiConfig;
import nl.skillsmap.api.SkillsmapApp;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.search.index.SkillsmapIndex;

/**
 * Fault load on loopback against a built index, with the server's default limits: (1) 1,000 clients that send a
 * {@code /match} head and then a byte every 2 s, (2) 300 simultaneous large matches (20 activities, limit
 * 100), while {@code /health} is asked every 20 ms; prints how {@code /health} fared and what every client got.
 * Exits non-zero when a client got no answer or {@code /health} failed.
 *
 * <pre>java -cp ... nl.skillsmap.api.bench.FaultLoad --index=var/index [--slow=1000] [--burst=300]</pre>
 */
public final class FaultLoad {

    private static final String[] WORK = {
        "voorraad beheren en bestellingen plaatsen",
        "klanten helpen in de winkel",
        "kassa en geldafhandeling",
        "schappen vullen en presenteren",
        "goederen ontvangen en controleren",
        "orders verzamelen in het magazijn",
        "maaltijden bereiden in de keuken",
        "hygiene bewaken",
        "klachten afhandelen",
        "planning maken voor het team",
        "administratie bijhouden",
        "medewerkers inwerken",
        "prijzen controleren",
        "etalage inrichten",
        "retouren verwerken",
        "telefoon aannemen en klanten adviseren",
        "zorg verlenen aan ouderen",
        "kinderen begeleiden",
        "vrachtwagen laden en lossen",
        "machines onderhouden"
    };

    private FaultLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        Path index = Path.of(options.getOrDefault("index", "var/index"));
        int slow = Integer.parseInt(options.getOrDefault("slow", "1000"));
        int burst = Integer.parseInt(options.getOrDefault("burst", "300"));
        boolean failed;
        try (SkillsmapIndex opened = SkillsmapIndex.open(new IndexLocation(index))) {
            Javalin app = SkillsmapApp.create(opened, ApiConfig.defaults()).start("127.0.0.1", 0);
            try {
                System.out.printf(
                        "fault load: %s, %d cores, %s%n",
                        index, Runtime.getRuntime().availableProcessors(), Runtime.version());
                failed = slowClients(app.port(), slow) | burst(app.port(), burst);
            } finally {
                app.stop();
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static boolean slowClients(int port, int count) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                clients.submit(() -> statuses.computeIfAbsent(trickle(port), s -> new AtomicInteger())
                        .incrementAndGet());
            }
            Thread.sleep(1_000);
            Probe probe = Probe.health(port, Duration.ofSeconds(20));
            clients.shutdown();
            boolean bad = probe.report(count + " clients sending a /match body at a byte every 2 s");
            System.out.println("  answers to the slow clients (status: count, 0 = none): " + statuses);
            return bad || statuses.containsKey(0);
        }
    }

    /** A match head promising 60,000 bytes, then a byte every 2 s until the server answers; the answer's status. */
    private static int trickle(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 60000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 60; i++) {
                try {
                    byte[] head = in.readNBytes(12);
                    return head.length == 12
                            ? Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12))
                            : 0;
                } catch (java.net.SocketTimeoutException e) {
                    out.write(' ');
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean burst(int port, int count) throws Exception {
        StringBuilder body = new StringBuilder("{\"limit\": 100, \"activities\": [");
        for (int i = 0; i < WORK.length; i++) {
            body.append(i == 0 ? "" : ", ").append('"').append(WORK[i]).append('"');
        }
        String json = body.append("]}").toString();
        HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger answerBytes = new AtomicInteger();
        CompletableFuture<Probe> probing =
                CompletableFuture.supplyAsync(() -> Probe.health(port, Duration.ofSeconds(15)));
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(client.sendAsync(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/match"))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .handle((response, error) -> {
                        int status = error == null ? response.statusCode() : 0;
                        if (status == 200) {
                            answerBytes.accumulateAndGet(response.body().length, Math::max);
                        }
                        return statuses.computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        boolean bad = probing.join().report(count + " simultaneous /match requests of 20 activities, limit 100");
        System.out.println("  answers to the burst (status: count, 0 = none): " + statuses + "; largest answer "
                + answerBytes.get() / 1024 + " KiB");
        return bad || statuses.containsKey(0);
    }

    /** /health asked every 20 ms for a while: its latencies and failures. */
    private record Probe(List<Double> millis, int failures) {

        static Probe health(int port, Duration during) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            List<Double> millis = Collections.synchronizedList(new ArrayList<>());
            int failures = 0;
            long end = System.nanoTime() + during.toNanos();
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                try {
                    HttpResponse<Void> response = client.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        failures++;
                    }
                } catch (IOException | InterruptedException e) {
                    failures++;
                }
                millis.add((System.nanoTime() - t) / 1e6);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    break;
                }
            }
            return new Probe(millis, failures);
        }

        boolean report(String what) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf(
                    "%s: /health %d calls, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    what, sorted.size(), failures, at(sorted, 0.50), at(sorted, 0.99), sorted.getLast());
            return failures > 0;
        }

        private static double at(List<Double> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }
}
