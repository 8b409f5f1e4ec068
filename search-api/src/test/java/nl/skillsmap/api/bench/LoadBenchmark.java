package nl.skillsmap.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.skillsmap.api.ApiConfig;
import nl.skillsmap.api.SkillsmapApp;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.suggest.SuggestService;
import nl.skillsmap.search.text.SearchRequest;
import nl.skillsmap.search.text.SearchService;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load benchmark of the API on loopback against a built index: each endpoint first in-process (service calls,
 * the cost of the work itself) and then over HTTP from concurrent clients (the cost as a caller sees it, with
 * Jetty, JSON and the network stack), with latency percentiles, throughput, errors and the server's heap.
 * Queries are real phrases: work-process titles from the index, the persona activities of the development set,
 * the prefixes someone types on the way to them, and for /match whole persona profiles and single activities.
 */
@Command(
        name = "load-benchmark",
        mixinStandardHelpOptions = true,
        description = "Latency and throughput of /search, /suggest and /match, in-process and over HTTP.")
public final class LoadBenchmark implements Callable<Integer> {

    /** p99 targets over HTTP, in ms. */
    private static final Map<String, Double> P99_TARGETS =
            Map.of("/search", 10.0, "/suggest", 10.0, "/suggest?type=occupation", 10.0, "/match", 50.0);

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "a built index")
    Path index;

    @Option(
            names = "--personas",
            paramLabel = "FILE",
            description = "persona JSON Lines with profile.activities (default: <skillsmap.shared>/eval/"
                    + "personas-dev/personas.jsonl, skipped when absent)")
    Path personas;

    @Option(
            names = "--clients",
            defaultValue = "16",
            description = "concurrent HTTP clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(
            names = "--in-process-threads",
            defaultValue = "1",
            description = "threads calling the services in-process; 1 measures the service time itself "
                    + "(default: ${DEFAULT-VALUE})")
    int inProcessThreads;

    @Option(
            names = "--requests",
            defaultValue = "20000",
            description = "measured requests per endpoint and mode (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(
            names = "--warmup",
            defaultValue = "5000",
            description = "unmeasured requests per endpoint and mode first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(
            names = "--seconds",
            defaultValue = "60",
            description =
                    "time limit of each measured run; stops early with fewer requests (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the query sample (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--write-requests",
            paramLabel = "DIR",
            description = "also write each endpoint's HTTP requests to DIR/<endpoint>.txt, one a line, for an outside "
                    + "load tool (bin/benchmark-load's wrk script)")
    Path requestsDirectory;

    @Option(names = "--in-process-only", description = "measure the services only, start no server")
    boolean inProcessOnly;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    /**
     * One measured run.
     *
     * @param cpuPerRequest CPU time of the whole process per request, in ms: unlike latency, not inflated by other
     *                      processes on the machine
     */
    record Run(
            String endpoint,
            String mode,
            int requests,
            long errors,
            double seconds,
            double p50,
            double p90,
            double p99,
            double max,
            double cpuPerRequest) {

        double throughput() {
            return requests / seconds;
        }
    }

    /**
     * A request to make: what to call in-process, and over HTTP the path (with query) and, for a POST, the JSON
     * body.
     */
    record Call(Consumer<Services> inProcess, String path, String jsonBody) {

        Call(Consumer<Services> inProcess, String path) {
            this(inProcess, path, null);
        }
    }

    /** The services the in-process runs call; dropped before the server starts, so its heap is its own. */
    record Services(SearchService search, SuggestService suggest, MatchService match) {

        static Services over(SkillsmapIndex index) {
            return new Services(new SearchService(index), new SuggestService(index), new MatchService(index));
        }
    }

    @Override
    public Integer call() throws Exception {
        try (SkillsmapIndex opened = SkillsmapIndex.open(new IndexLocation(index))) {
            Phrases phrases = phrases(opened);
            IndexSnapshot served = opened.acquire();
            IndexManifest manifest = served.manifest();
            opened.release(served);
            System.out.printf(
                    Locale.ROOT,
                    "index %s (%s), %d work-process titles, %d persona activities; "
                            + "%d cores, %s, max heap %d MiB%n",
                    manifest.version(),
                    manifest.counts(),
                    phrases.titles.size(),
                    phrases.activities.size(),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + Runtime.version(),
                    Runtime.getRuntime().maxMemory() >> 20);

            List<Call> searches = phrases.searchQueries(new Random(seed)).stream()
                    .map(q -> new Call(s -> s.search().search(SearchRequest.of(q)), "/search?q=" + encode(q)))
                    .toList();
            List<Call> suggestions = phrases.typedPrefixes(new Random(seed)).stream()
                    .map(q -> new Call(
                            s -> s.suggest().suggest(q, SuggestService.DEFAULT_LIMIT), "/suggest?q=" + encode(q)))
                    .toList();
            // The page's occupation picker: the same typed prefixes, occupations only.
            List<Call> occupationPicks = phrases.typedPrefixes(new Random(seed)).stream()
                    .map(q -> new Call(
                            s -> s.suggest().suggest(q, SuggestService.DEFAULT_LIMIT, Set.of(DocType.OCCUPATION)),
                            "/suggest?type=occupation&q=" + encode(q)))
                    .toList();
            ObjectMapper json = new ObjectMapper();
            List<Call> matches = phrases.profiles(new Random(seed)).stream()
                    .map(activities -> new Call(
                            s -> s.match()
                                    .match(new MatchRequest(activities, null, null, null, null, null, null, null)),
                            "/match",
                            json.createObjectNode()
                                    .set("activities", json.valueToTree(activities))
                                    .toString()))
                    .toList();

            if (requestsDirectory != null) {
                writeRequests("search", searches);
                writeRequests("suggest", suggestions);
                writeRequests("suggest-occupation", occupationPicks);
                writeRequests("match", matches);
            }

            List<Run> runs = new ArrayList<>();
            Services services = Services.over(opened);
            runs.add(inProcess(services, "/search", searches));
            runs.add(inProcess(services, "/suggest", suggestions));
            runs.add(inProcess(services, "/suggest?type=occupation", occupationPicks));
            runs.add(inProcess(services, "/match", matches));
            services = null; // the server below reads its own; this heap should not count as its
            if (inProcessOnly) {
                report(runs);
                return runs.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
            }

            Javalin app = SkillsmapApp.create(opened, ApiConfig.defaults()).start("127.0.0.1", 0);
            try (HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()) {
                String base = "http://127.0.0.1:" + app.port() + SkillsmapApp.API;
                runs.add(overHttp(http, base, "/search", searches));
                runs.add(overHttp(http, base, "/suggest", suggestions));
                runs.add(overHttp(http, base, "/suggest?type=occupation", occupationPicks));
                runs.add(overHttp(http, base, "/match", matches));
                // What a request costs without the work: the transport floor under the numbers above.
                runs.add(overHttp(http, base, "/health", List.of(new Call(s -> {}, "/health"))));
            } finally {
                app.stop();
            }
            report(runs);
            return runs.stream().anyMatch(r -> r.errors() > 0) ? 1 : 0;
        }
    }

    /** One request a line: a GET path with its query, or "POST path body" (the body is JSON on one line). */
    private void writeRequests(String name, List<Call> calls) throws IOException {
        Files.createDirectories(requestsDirectory);
        List<String> lines = calls.stream()
                .map(call -> call.jsonBody() == null
                        ? SkillsmapApp.API + call.path()
                        : "POST " + SkillsmapApp.API + call.path() + " " + call.jsonBody())
                .toList();
        Files.write(requestsDirectory.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
    }

    private Run inProcess(Services services, String endpoint, List<Call> calls) throws Exception {
        Function<Call, Boolean> run = call -> {
            call.inProcess().accept(services);
            return true;
        };
        measure("warmup", "", calls, run, warmup, inProcessThreads);
        return measure(endpoint, "in-process, " + inProcessThreads + " thr", calls, run, requests, inProcessThreads);
    }

    private Run overHttp(HttpClient http, String base, String endpoint, List<Call> calls) throws Exception {
        Function<Call, Boolean> send = call -> {
            try {
                HttpRequest.Builder request =
                        HttpRequest.newBuilder(URI.create(base + call.path())).timeout(Duration.ofSeconds(10));
                if (call.jsonBody() != null) {
                    request.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(call.jsonBody()));
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return response.statusCode() == 200 && response.body().length > 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
        measure("warmup", "", calls, send, warmup, clients);
        return measure(endpoint, "http, " + clients + " clients", calls, send, requests, clients);
    }

    /** Runs {@code count} calls from {@code threads} threads, each timing its own calls, within the time limit. */
    private Run measure(
            String endpoint, String mode, List<Call> calls, Function<Call, Boolean> call, int count, int threads)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < threads; c++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = call.apply(calls.get(i % calls.size()));
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        latencies[i] = System.nanoTime() - t;
                        done.incrementAndGet();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuStart;
        int completed = done.get();
        // Requests are claimed in order, so the completed ones are a prefix of the array.
        long[] measured = Arrays.copyOf(latencies, Math.min(completed, count));
        Arrays.sort(measured);
        return new Run(
                endpoint,
                mode,
                completed,
                errors.get(),
                wall,
                percentile(measured, 50),
                percentile(measured, 90),
                percentile(measured, 99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6,
                completed == 0 ? 0 : cpu / 1e6 / completed);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }

    private void report(List<Run> runs) {
        System.gc();
        long heapAfterGc =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%n%-24s %-19s %8s %6s %8s %8s %8s %8s %9s %9s%n",
                "endpoint",
                "mode",
                "requests",
                "errors",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "req/s",
                "cpu ms/r");
        for (Run r : runs) {
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %-19s %8d %6d %8.2f %8.2f %8.2f %8.1f %9.0f %9.3f%n",
                    r.endpoint(),
                    r.mode(),
                    r.requests(),
                    r.errors(),
                    r.p50(),
                    r.p90(),
                    r.p99(),
                    r.max(),
                    r.throughput(),
                    r.cpuPerRequest());
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(
                Locale.ROOT,
                "%nsystem load average at the end: %.1f on %d cores (latency under other "
                        + "load is not the code's own; cpu ms/r is)%n",
                load,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "heap (server and clients, one JVM): %d MiB live after GC, "
                        + "peak <= %d MiB (sum of heap pool peaks)%n",
                heapAfterGc >> 20,
                peak >> 20);
        for (Run r : runs) {
            if (r.mode().startsWith("http") && P99_TARGETS.containsKey(r.endpoint())) {
                double target = P99_TARGETS.get(r.endpoint());
                System.out.printf(
                        Locale.ROOT,
                        "target %s p99 < %.0f ms over HTTP: %s (%.2f ms), errors: %d%n",
                        r.endpoint(),
                        target,
                        r.p99() < target ? "met" : "MISSED",
                        r.p99(),
                        r.errors());
            }
        }
    }

    /** The real phrases queries are drawn from. */
    private record Phrases(List<String> titles, List<String> activities, List<List<String>> personas) {

        /** Each persona's whole profile, and single activities, as people fill in the match form. */
        List<List<String>> profiles(Random random) {
            List<List<String>> profiles = new ArrayList<>(personas);
            activities.forEach(a -> profiles.add(List.of(a)));
            for (String title : sample(titles, 200, random)) {
                profiles.add(List.of(title));
            }
            Collections.shuffle(profiles, random);
            return profiles;
        }

        /** Whole titles and activities, and their first one or two words, as people search. */
        List<String> searchQueries(Random random) {
            List<String> queries = new ArrayList<>(activities);
            for (String title : sample(titles, 1500, random)) {
                String[] words = title.split("\\s+");
                queries.add(
                        switch (random.nextInt(3)) {
                            case 0 -> title;
                            case 1 -> words[0];
                            default -> String.join(" ", Arrays.copyOf(words, Math.min(2, words.length)));
                        });
            }
            Collections.shuffle(queries, random);
            return queries;
        }

        /** What someone types on the way to a phrase: growing prefixes of one of its words, from 2 characters. */
        List<String> typedPrefixes(Random random) {
            List<String> prefixes = new ArrayList<>();
            List<String> phrases = new ArrayList<>(activities);
            phrases.addAll(sample(titles, 800, random));
            for (String phrase : phrases) {
                String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
                String word = words[random.nextInt(words.length)];
                if (word.length() < 2) {
                    continue;
                }
                for (int length = 2; length <= Math.min(word.length(), 9); length++) {
                    prefixes.add(word.substring(0, length));
                }
            }
            Collections.shuffle(prefixes, random);
            return prefixes;
        }

        private static List<String> sample(List<String> values, int n, Random random) {
            List<String> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return copy.subList(0, Math.min(n, copy.size()));
        }
    }

    private Phrases phrases(SkillsmapIndex opened) throws IOException {
        Set<String> titles = new LinkedHashSet<>();
        IndexSnapshot snapshot = opened.acquire();
        try {
            IndexSearcher searcher = snapshot.searcher();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(
                            new TermQuery(IndexSchema.typeTerm(DocType.WORK_PROCESS)), Integer.MAX_VALUE)
                    .scoreDocs) {
                titles.add(stored.document(hit.doc, Set.of(IndexSchema.TITLE)).get(IndexSchema.TITLE));
            }
        } finally {
            opened.release(snapshot);
        }
        List<String> activities = new ArrayList<>();
        List<List<String>> personaProfiles = new ArrayList<>();
        Path file = personas != null
                ? personas
                : Path.of(System.getProperty("skillsmap.shared", "../shared"), "eval/personas-dev/personas.jsonl");
        if (Files.exists(file)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode profile = json.readTree(line).path("profile");
                    List<String> own = new ArrayList<>();
                    profile.path("activities").forEach(a -> own.add(a.asText()));
                    activities.addAll(own);
                    personaProfiles.add(List.copyOf(own));
                }
            }
        } else if (personas != null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no personas file at " + file);
        }
        return new Phrases(List.copyOf(titles), activities, personaProfiles);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
