package cz.css.ledger.reliability;

import cz.css.ledger.api.ErrorCode;
import cz.css.ledger.api.LedgerException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.modelling.command.ConcurrencyException;

/** Runs tasks on one thread each, all released at the same instant, and keeps what each one got. */
final class Race {
    private Race() {
    }

    /** What one racer got: a result, or the failure as thrown (unwrapped from the futures). */
    record Outcome<T>(int racer, T result, Throwable failure) {
        boolean won() {
            return failure == null;
        }

        /** Refused because of the state another racer left (a rule), or a lost append race. */
        boolean refusedAsConflict() {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof LedgerException refused && refused.code() == ErrorCode.CONFLICT) {
                    return true;
                }
                if (cause instanceof ConcurrencyException) {
                    return true;
                }
            }
            return false;
        }
    }

    static <T> List<Outcome<T>> run(List<Callable<T>> racers) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        var ready = new CountDownLatch(racers.size());
        var go = new CountDownLatch(1);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < racers.size(); i++) {
                int racer = i;
                Callable<T> task = racers.get(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(racer, task.call(), null);
                    } catch (Throwable failure) {
                        return new Outcome<T>(racer, null, unwrap(failure));
                    }
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                try {
                    outcomes.add(future.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a racer did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
