package nl.skillsmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class TurnsTest {

    @Test
    void requestsBeyondTheRunningOnesWaitAndBeyondTheQueueAreRefusedAtOnce() throws Exception {
        Turns turns = new Turns(1, 1, Duration.ofSeconds(10));
        Turns.Ticket first = turns.admit();
        first.run();
        Turns.Ticket second = turns.admit();
        CountDownLatch secondRuns = new CountDownLatch(1);
        Thread waiting = Thread.ofPlatform().start(() -> {
            second.run();
            secondRuns.countDown();
            second.close();
        });

        assertThatThrownBy(turns::admit).isInstanceOf(Turns.BusyException.class).hasMessageContaining("try again in");
        assertThat(secondRuns.await(200, TimeUnit.MILLISECONDS))
                .as("no turn while the first runs")
                .isFalse();
        first.close();
        assertThat(secondRuns.await(5, TimeUnit.SECONDS)).isTrue();
        waiting.join();
        turns.admit().close();
    }

    @Test
    void waitingRequestsRunInTheOrderTheyCame() throws Exception {
        Turns turns = new Turns(1, 3, Duration.ofSeconds(10));
        Turns.Ticket running = turns.admit();
        running.run();
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> waiting = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            Turns.Ticket ticket = turns.admit();
            Thread t = Thread.ofPlatform().start(() -> {
                ticket.run();
                order.add(name);
                ticket.close();
            });
            waiting.add(t);
            // Each is waiting for its turn before the next one comes.
            while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
        }
        running.close();
        for (Thread t : waiting) {
            t.join();
        }

        assertThat(order).containsExactly("a", "b", "c");
    }

    @Test
    void aRequestThatWaitsLongerThanTheQueueWaitIsRefused() {
        Turns turns = new Turns(1, 1, Duration.ofMillis(100));
        Turns.Ticket running = turns.admit();
        running.run();

        try (Turns.Ticket waiting = turns.admit()) {
            assertThatThrownBy(waiting::run).isInstanceOf(Turns.BusyException.class);
        }
        running.close();
    }
}
