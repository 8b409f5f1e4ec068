package nl.skillsmap.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.LinkedHashMap;
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
import nl.skillsmap.cli.HeapPeak;
import nl.skillsmap.index.DocType;
import nl.skillsmap.index.IndexLocation;
import nl.skillsmap.index.IndexManifest;
import nl.skillsmap.index.IndexSchema;
import nl.skillsmap.search.index.IndexSnapshot;
import nl.skillsmap.search.index.SkillsmapIndex;
import nl.skillsmap.search.match.MatchRequest;
import nl.skillsmap.search.match.MatchService;
import nl.skillsmap.search.match.PhraseCache;
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

    @Option(
            names = "--endpoints",
            split = ",",
            paramLabel = "ENDPOINT",
            description = "the endpoints to measure, e.g. /match (default: all four)")
    Set<String> endpoints;

    /** How the phrase cache served the in-process /match run, printed with the report. */
    private String cacheLine = "";

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

            // The endpoints measured, in the order they are measured.
            Map<String, List<Call>> measured = new LinkedHashMap<>();
            measured.put("/search", searches);
            measured.put("/suggest", suggestions);
            measured.put("/suggest?type=occupation", occupationPicks);
            measured.put("/match", matches);
            if (endpoints != null && !endpoints.isEmpty()) {
                measured.keySet().retainAll(endpoints);
            }

            List<Run> runs = new ArrayList<>();
            Services services = Services.over(opened);
            for (Map.Entry<String, List<Call>> endpoint : measured.entrySet()) {
                if (!endpoint.getKey().equals("/match")) {
                    runs.add(inProcess(services, endpoint.getKey(), endpoint.getValue()));
                }
            }
            if (measured.containsKey("/match")) {
                PhraseCache.Stats before = services.match().phraseCacheStats();
                runs.add(inProcess(services, "/match", matches));
                PhraseCache.Stats after = services.match().phraseCacheStats();
                long hits = after.hits() - before.hits();
                long lookups = hits + after.misses() - before.misses();
                long distinctPhrases = matches.stream()
                        .flatMap(c -> jsonActivities(json, c.jsonBody()).stream())
                        .distinct()
                        .count();
                cacheLine = String.format(
                        Locale.ROOT,
                        "/match in-process: %d distinct requests, %d distinct phrases; phrase cache %d hits of %d "
                                + "look-ups (%.1f%%) in the measured run, %d phrases held in %.1f MiB",
                        matches.size(),
                        distinctPhrases,
                        hits,
                        lookups,
                        lookups == 0 ? 0 : 100.0 * hits / lookups,
                        after.entries(),
                        after.bytes() / 1048576.0);
            }
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
                for (Map.Entry<String, List<Call>> endpoint : measured.entrySet()) {
                    runs.add(overHttp(http, base, endpoint.getKey(), endpoint.getValue()));
                }
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
        measure("warmup", "", calls, run, 0, warmup, inProcessThreads);
        // The measured requests follow the warm-up's in the list, so none is one the warm-up just made.
        return measure(
                endpoint, "in-process, " + inProcessThreads + " thr", calls, run, warmup, requests, inProcessThreads);
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
        measure("warmup", "", calls, send, 0, warmup, clients);
        return measure(endpoint, "http, " + clients + " clients", calls, send, warmup, requests, clients);
    }

    /**
     * Runs {@code count} calls from {@code threads} threads, each timing its own calls, within the time limit,
     * starting at call {@code first} of the list.
     */
    private Run measure(
            String endpoint,
            String mode,
            List<Call> calls,
            Function<Call, Boolean> call,
            int first,
            int count,
            int threads)
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
                            ok = call.apply(calls.get((first + i) % calls.size()));
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
        long peak = HeapPeak.mebibytes();
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
        if (!cacheLine.isEmpty()) {
            System.out.printf(Locale.ROOT, "%n%s%n", cacheLine);
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
                        + "peak <= %d MiB (sum of heap pool peaks, at most the maximum heap)%n",
                heapAfterGc >> 20,
                peak);
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
    private record Phrases(
            List<String> titles, List<String> activities, List<String> workPhrases, List<List<String>> personas) {

        /** Made-up match profiles beside the personas' own. */
        static final int MATCH_PROFILES = 6000;
        /** Share of a profile's phrases that no one typed before. */
        static final double NEW_PHRASE_SHARE = 0.3;
        /** How steeply a phrase's popularity falls with its rank. */
        static final double ZIPF_EXPONENT = 0.8;

        /**
         * Profiles as many people fill in the match form: each persona's whole profile, and {@link #MATCH_PROFILES}
         * made-up ones of one to six activities, so that whole requests rarely repeat while common phrases do. A
         * phrase is drawn by popularity (Zipf over the phrases people type, the persona activities and work
         * phrases first, then the work-process titles), and {@link #NEW_PHRASE_SHARE} of them are phrases no one
         * typed before (parts of two phrases joined), the long tail a cache of phrases cannot hold.
         */
        List<List<String>> profiles(Random random) {
            List<List<String>> profiles = new ArrayList<>(personas);
            List<String> pool = new ArrayList<>(new LinkedHashSet<>(typed()));
            Collections.shuffle(pool, random);
            List<String> rest = new ArrayList<>(titles);
            Collections.shuffle(rest, random);
            rest.stream().filter(t -> !pool.contains(t)).forEach(pool::add);
            double[] cumulative = new double[pool.size()];
            double sum = 0;
            for (int rank = 0; rank < pool.size(); rank++) {
                sum += Math.pow(rank + 1, -ZIPF_EXPONENT);
                cumulative[rank] = sum;
            }
            while (profiles.size() < personas.size() + MATCH_PROFILES) {
                int size = random.nextDouble() < 0.3 ? 1 : 2 + random.nextInt(5);
                Set<String> profile = new LinkedHashSet<>();
                while (profile.size() < size) {
                    profile.add(
                            random.nextDouble() < NEW_PHRASE_SHARE
                                    ? newPhrase(pool, random)
                                    : pool.get(popular(cumulative, random)));
                }
                profiles.add(List.copyOf(profile));
            }
            Collections.shuffle(profiles, random);
            return profiles;
        }

        private List<String> typed() {
            List<String> typed = new ArrayList<>(activities);
            typed.addAll(workPhrases);
            return typed;
        }

        private static int popular(double[] cumulative, Random random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
        }

        /** The first words of one phrase and the last of another, as "kassa en ... voorraad bijhouden". */
        private static String newPhrase(List<String> pool, Random random) {
            String[] first = pool.get(random.nextInt(pool.size())).split("\\s+");
            String[] second = pool.get(random.nextInt(pool.size())).split("\\s+");
            int from = Math.min(first.length, 1 + random.nextInt(2));
            int to = Math.min(second.length, 1 + random.nextInt(2));
            return (String.join(" ", Arrays.copyOf(first, from)) + " en "
                            + String.join(" ", Arrays.copyOfRange(second, second.length - to, second.length)))
                    .toLowerCase(Locale.ROOT);
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
        List<String> workPhrases = new ArrayList<>();
        Path phrasesFile =
                Path.of(System.getProperty("skillsmap.shared", "../shared"), "eval/work-phrases-dev/queries.tsv");
        if (Files.exists(phrasesFile)) {
            for (String line : Files.readAllLines(phrasesFile, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                if (fields.length == 2 && !fields[1].isBlank()) {
                    workPhrases.add(fields[1].strip());
                }
            }
        }
        return new Phrases(List.copyOf(titles), activities, workPhrases, personaProfiles);
    }

    private static List<String> jsonActivities(ObjectMapper json, String body) {
        try {
            List<String> activities = new ArrayList<>();
            json.readTree(body).path("activities").forEach(a -> activities.add(a.asText()));
            return activities;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
