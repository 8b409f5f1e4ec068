package nl.skillsmap.api;

import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Turns for one kind of request that computes: a few run at once (as many as the cores can serve), a few more wait
 * for a turn in the order they came (or read their bodies meanwhile), and the rest are refused at once with
 * {@link BusyException}, so a burst never holds every thread, fills the heap, or keeps other requests from being
 * answered.
 *
 * <p>Two kinds take turns ({@link #heavy}, {@link #light}). Heavy requests ({@code /match}, an overview) cost much
 * memory and CPU each. Light ones ({@code /search}, {@code /suggest}) cost a millisecond or so, but sixteen of them
 * sharing two cores each take sixteen times as long, and one that needs more (a common word's thousand hits) holds
 * the others back with it; answered in turns, in order, each takes about its own time plus the wait for those
 * before it, which keeps the slowest answers close to the typical one.
 */
final class Turns {

    private final Semaphore admitted;
    private final Semaphore running;
    private final Duration queueWait;

    Turns(int running, int queued, Duration queueWait) {
        this.admitted = new Semaphore(running + queued);
        this.running = new Semaphore(running, true);
        this.queueWait = queueWait;
    }

    /** The turns of the heavy requests. */
    static Turns heavy(ServerLimits limits) {
        return new Turns(limits.heavyRunning(), limits.heavyQueued(), limits.queueWait());
    }

    /** The turns of the light requests, which wait as long as heavy ones at most. */
    static Turns light(ServerLimits limits) {
        return new Turns(limits.lightRunning(), limits.lightQueued(), limits.queueWait());
    }

    /** {@code handler} run in a turn: for requests without a body, which are admitted and run at once. */
    Handler around(Handler handler) {
        return ctx -> {
            try (Ticket ticket = admit()) {
                ticket.run();
                handler.handle(ctx);
            }
        };
    }

    /** A request's place: admitted now (or refused), running once {@link #run()} has a turn. */
    Ticket admit() {
        if (!admitted.tryAcquire()) {
            throw new BusyException(queueWait);
        }
        return new Ticket();
    }

    final class Ticket implements AutoCloseable {

        private boolean runs;
        private boolean closed;

        /** Waits for a turn to run, at most the queue wait; refused with {@link BusyException} after it. */
        void run() {
            try {
                runs = running.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!runs) {
                throw new BusyException(queueWait);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (runs) {
                running.release();
            }
            admitted.release();
        }
    }

    /** The server is answering as many heavy requests as it may; the client should try again after a while. */
    static final class BusyException extends RuntimeException {

        private final long retryAfterSeconds;

        BusyException(Duration retryAfter) {
            super("The server is answering as many of these requests as it can; try again in "
                    + Math.max(1, retryAfter.toSeconds()) + " s.");
            this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
