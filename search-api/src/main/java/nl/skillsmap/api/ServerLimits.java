package nl.skillsmap.api;

import java.time.Duration;

/**
 * How much of the server one client, or one burst of clients, may take, so that slow, stalled or many clients
 * cannot keep the others from being answered.
 *
 * @param threads        the server's worker threads. Jetty reads headers without a thread, so a thread is only held
 *                       while a request is handled; every bound below keeps handling short or few
 * @param maxConnections open connections at most; beyond it the server stops accepting until some close. Each
 *                       costs a socket and a few kilobytes, no thread: 2,000 keeps 1,000 stalled clients from
 *                       crowding out the rest
 * @param idleTimeout    how long a connection may stay silent (no byte of a request, no progress of an answer)
 *                       before it is closed; also bounds each wait of a body read
 * @param bodyReadTime   how long a request body may take to arrive in all, whatever its rate: 64 KiB takes well
 *                       under a second on any real connection, so 10 s refuses only clients that trickle it in
 * @param heavyRunning   heavy requests ({@code /match}, up to 64 KiB in and some megabytes out) answered at once;
 *                       more than the cores only makes each slower and holds more answers in the heap
 * @param heavyQueued    heavy requests that may wait for a turn (or read their body) beyond those running; past
 *                       that the answer is 503 with {@code Retry-After} at once, so waiting never holds the threads
 *                       light requests such as {@code /health} need
 * @param queueWait      how long a heavy or light request waits for a turn before it is answered 503
 * @param lightRunning   light requests ({@code /search}, {@code /suggest}) computed at once: as many as the cores,
 *                       so each is answered in about its own time instead of sharing the cores with all the others
 * @param lightQueued    light requests that may wait for a turn beyond those running; past that the answer is 503
 * @param stopTimeout    how long stopping waits for requests in flight to finish
 */
public record ServerLimits(
        int threads,
        int maxConnections,
        Duration idleTimeout,
        Duration bodyReadTime,
        int heavyRunning,
        int heavyQueued,
        Duration queueWait,
        int lightRunning,
        int lightQueued,
        Duration stopTimeout) {

    public ServerLimits {
        if (threads < 8
                || maxConnections < 1
                || heavyRunning < 1
                || heavyQueued < 0
                || lightRunning < 1
                || lightQueued < 0) {
            throw new IllegalArgumentException("server limits out of range: threads " + threads
                    + " (at least 8), connections " + maxConnections + ", heavy requests " + heavyRunning
                    + " running and " + heavyQueued + " queued, light requests " + lightRunning + " running and "
                    + lightQueued + " queued");
        }
        if (heavyRunning + heavyQueued > threads / 2) {
            throw new IllegalArgumentException("heavy requests (" + heavyRunning + " running, " + heavyQueued
                    + " queued) may take at most half of the " + threads + " threads");
        }
        if (heavyRunning + heavyQueued + lightRunning + lightQueued > threads * 3 / 4) {
            throw new IllegalArgumentException("heavy and light requests together (" + heavyRunning + " + "
                    + heavyQueued + " heavy, " + lightRunning + " + " + lightQueued
                    + " light) may take at most three quarters of the " + threads
                    + " threads, so other requests always find one");
        }
    }

    public static ServerLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerLimits(
                Math.max(200, 8 * cores),
                2_000,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Math.max(2, cores),
                32,
                Duration.ofSeconds(5),
                Math.max(2, cores),
                64,
                Duration.ofSeconds(10));
    }
}
