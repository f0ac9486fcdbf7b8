package cz.css.ledger.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that takes the aggregates' snapshots. Axon takes a snapshot after the command's
 * commit but before the command lets go of the aggregate's lock, in a transaction of its own: on
 * the command's thread it needed a second connection while other commands held the pool's
 * connections waiting for that lock, and every command stalled until the pool gave up (30 s).
 * Here the command hands the snapshot over and finishes. The queue is unbounded but short: Axon
 * schedules one snapshot per aggregate at a time. Nothing is refused before shutdown; a snapshot
 * handed over after it is dropped (it only saves work on the next load), never the command.
 */
final class SnapshotThread {
    private static final Logger log = LoggerFactory.getLogger(SnapshotThread.class);

    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "aggregate-snapshotter");
                thread.setDaemon(true);
                return thread;
            }, (task, pool) -> log.info("Shutting down: a snapshot handed over now is not taken"));

    Executor executor() {
        return executor;
    }

    void shutdown() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
