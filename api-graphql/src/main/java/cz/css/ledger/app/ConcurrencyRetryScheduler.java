package cz.css.ledger.app;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command whose events lost a race for the same aggregate's next sequence number (another
 * application instance, or a writer outside this JVM, appended first). Nothing else is retried: a
 * refused command (a rule of the request) fails at once. The retry loads the aggregate afresh, so
 * its guards decide against the state the winner left; a real conflict is still refused.
 */
final class ConcurrencyRetryScheduler implements RetryScheduler {
    private final int maxRetries;
    private final long maxBackoffMillis;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "command-retry");
        thread.setDaemon(true);
        return thread;
    });

    ConcurrencyRetryScheduler(int maxRetries, long maxBackoffMillis) {
        this.maxRetries = maxRetries;
        this.maxBackoffMillis = maxBackoffMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > maxRetries || !isConcurrencyConflict(lastFailure) || executor.isShutdown()) {
            return false;
        }
        // jitter, so that racing retries do not collide again in lockstep
        long backoff = ThreadLocalRandom.current().nextLong(1, maxBackoffMillis * failures.size() + 1);
        executor.schedule(commandDispatch, backoff, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
