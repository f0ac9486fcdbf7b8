package cz.css.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.api.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Only a lost append race is retried, a bounded number of times; a refused command never is. */
class ConcurrencyRetrySchedulerTest {
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(3, 1);

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    @Test
    void aCommandThatLostTheAppendRaceIsDispatchedAgain() throws InterruptedException {
        var dispatched = new CountDownLatch(1);
        boolean retried = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("resolve"),
                new RuntimeException(new ConcurrencyException("sequence taken")), failures(1), dispatched::countDown);
        assertThat(retried).isTrue();
        assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRefusedCommandIsNotRetried() {
        var refused = new RuleViolationException("Request CSS-2026-000001 is CLOSED");
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("close"), refused, failures(1),
                () -> { })).isFalse();
    }

    @Test
    void retriesStopAfterTheLimit() {
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("resolve"),
                new ConcurrencyException("taken"), failures(4), () -> { })).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        var failures = new ArrayList<Class<? extends Throwable>[]>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
