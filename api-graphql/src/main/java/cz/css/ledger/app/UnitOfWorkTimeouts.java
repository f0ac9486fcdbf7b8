package cz.css.ledger.app;

import java.time.Duration;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;

/**
 * The time limit of a unit of work (a command, a query, a deadline, an event processor's batch): a warning is
 * logged once it has run for {@code warning}, then every second, and it is interrupted at {@code limit}. Axon's
 * own {@link UnitOfWorkTimeoutInterceptor}, one time-limited task per unit of work. It stands in for Axon's
 * auto-configured timeouts ({@code axon.timeout.enabled: false}), which also limit every handler invocation
 * apart (every event-sourcing handler of a loaded aggregate, every projection handler of a batch) and take
 * the thread's whole stack trace for each: about a fifth of a GraphQL mutation's processor time
 * (docs/performance.md, item 7).
 */
final class UnitOfWorkTimeouts {
    private static final int WARNING_INTERVAL_MILLIS = 1_000;

    private final int limitMillis;
    private final int warningMillis;

    UnitOfWorkTimeouts(Duration limit, Duration warning) {
        if (warning.isNegative() || warning.isZero() || warning.compareTo(limit) >= 0) {
            throw new IllegalArgumentException("The warning (" + warning + ") must come before the limit (" + limit
                    + ") of a unit of work");
        }
        this.limitMillis = Math.toIntExact(limit.toMillis());
        this.warningMillis = Math.toIntExact(warning.toMillis());
    }

    /** Limits each unit of work of the named component (its name is in the warnings). */
    MessageHandlerInterceptor<Message<?>> of(String component) {
        return new UnitOfWorkTimeoutInterceptor(component, limitMillis, warningMillis, WARNING_INTERVAL_MILLIS);
    }
}
