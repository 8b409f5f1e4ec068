package nl.skillsmap.search.index;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Looks at the index location at a fixed interval and moves the served index to a newly published generation
 * ({@link SkillsmapIndex#refresh()}). A look is one readlink; a build publishes by swapping that link in one atomic
 * rename after its files are on disk, so a look sees the old generation or the whole new one. Polling rather than
 * a file-system watch: it needs no platform support, sees a link swapped by any process, and the interval bounds
 * how often a failing new generation is retried.
 */
public final class IndexWatcher implements Closeable {

    private final ScheduledExecutorService schedule;

    private IndexWatcher(ScheduledExecutorService schedule) {
        this.schedule = schedule;
    }

    /**
     * @param every    how often to look
     * @param problems told when a new generation cannot be opened (the current one goes on serving)
     */
    public static IndexWatcher start(SkillsmapIndex index, Duration every, Consumer<String> problems) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the watch interval must be positive, was " + every);
        }
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "skillsmap-index-watcher");
            thread.setDaemon(true);
            return thread;
        });
        AtomicReference<String> lastProblem = new AtomicReference<>();
        schedule.scheduleWithFixedDelay(
                () -> {
                    try {
                        index.refresh();
                        lastProblem.set(null);
                    } catch (Exception e) {
                        String problem = "cannot move to the index published at "
                                + index.location().path() + ": " + e.getMessage();
                        // Said once, not at every look, until the published index changes or the problem goes.
                        if (!problem.equals(lastProblem.getAndSet(problem))) {
                            problems.accept(problem);
                        }
                    }
                },
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS);
        return new IndexWatcher(schedule);
    }

    /** Stops looking; a refresh under way finishes first. */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            schedule.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
