package nl.skillsmap.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the requests that cost much memory and CPU: a few run at once, a few more wait (or read their bodies), and
 * the rest are refused at once with {@link BusyException}, so a burst of them never holds every thread or fills the
 * heap, and light requests go on being answered.
 */
final class HeavyRequests {

    private final Semaphore admitted;
    private final Semaphore running;
    private final Duration queueWait;

    HeavyRequests(ServerLimits limits) {
        this.admitted = new Semaphore(limits.heavyRunning() + limits.heavyQueued());
        this.running = new Semaphore(limits.heavyRunning(), true);
        this.queueWait = limits.heavyQueueWait();
    }

    /** A heavy request's place: admitted now (or refused), running once {@link #run()} has a turn. */
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
