package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.StoredEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the event table by global index and appends each newly committed event to the hash
 * chain, a batch per transaction and one {@link SealBlock} row per batch, a few times a second; signs
 * the head now and then. It runs
 * beside the write path, so appending events never waits for it.
 *
 * <p>Holes in the global index (a transaction still committing, or rolled back) are watched for
 * {@code gapTimeout}; an event that turns up in one is sealed at the end of the chain. An event
 * whose time lies more than {@code lateTolerance} before the newest sealed event cannot be a late
 * commit: it was inserted behind the chain's back, so it is refused, logged, and reported by
 * verification as inserted.
 */
public class Sealer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Sealer.class);
    private static final int MAX_WATCHED_GAPS = 1000;
    private static final int MAX_SWEPT_BLOCKS = 100;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SealStore store;
    private final SealSigner signer;
    private final SealProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private ScheduledExecutorService executor;
    private volatile boolean running;

    // sealing state, touched only under this object's lock
    private boolean initialized;
    private long highWater;
    private Instant latestSealedTime;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private final Set<Long> refused = new HashSet<>();
    private final List<StoredEvent> sweep = new ArrayList<>();
    private Checkpoint lastCheckpoint;
    private Instant lastCheckpointAt;
    private volatile Duration lastLag = Duration.ZERO;
    private volatile Duration greatestLateness = Duration.ZERO;
    private volatile long sealedPosition;
    private final AtomicLong busyNanos = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();

    Sealer(SealStore store, SealSigner signer, SealProperties properties, TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.signer = signer;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Seals every committed event not sealed yet; answers how many were sealed. */
    public synchronized int sealPending() {
        try {
            initialize();
            int sealed = 0;
            int batch;
            do {
                batch = transactions.execute(status -> sealBatch());
                sealed += batch;
            } while (batch >= properties.batchSize());
            return sealed;
        } catch (RuntimeException e) {
            // e.g. another node sealed the same position first: start again from the database
            initialized = false;
            throw e;
        }
    }

    /** Seals what is pending and signs the head if no checkpoint covers it yet; answers the latest checkpoint. */
    public synchronized Optional<Checkpoint> checkpointNow() {
        sealPending();
        signIfMoved();
        return Optional.ofNullable(lastCheckpoint);
    }

    /** What the sealer has done so far, for monitoring. */
    public SealStatus status() {
        return new SealStatus(running, sealedPosition, lastLag, greatestLateness, Duration.ofNanos(busyNanos.get()),
                Duration.ofNanos(cpuNanos.get()), Optional.ofNullable(lastCheckpoint));
    }

    /**
     * @param lastBatchLag the longest time from an event's timestamp to its sealing in the last batch
     * @param greatestLateCommit since start, the most an event was stamped before one sealed ahead of it (a late
     *        commit); the late-tolerance must stay well above it
     * @param busy wall-clock time the scheduled sealer has spent sealing and signing (its database work included)
     * @param cpu processor time of the sealer's own thread (hashing, JDBC; the database's share not included)
     */
    public record SealStatus(boolean running, long sealedPosition, Duration lastBatchLag, Duration greatestLateCommit,
            Duration busy, Duration cpu, Optional<Checkpoint> lastCheckpoint) {
    }

    private void initialize() {
        if (initialized) {
            return;
        }
        SealStore.Head head = store.head();
        highWater = head.highWater();
        latestSealedTime = head.latestTime();
        gaps.clear();
        sweep.clear();
        sweep.addAll(unsealedNearTheHead(head));
        lastCheckpoint = store.lastCheckpoint().orElse(null);
        lastCheckpointAt = lastCheckpoint == null ? Instant.MIN : Instant.parse(lastCheckpoint.signedAt());
        sealedPosition = head.position();
        initialized = true;
    }

    /**
     * Events that committed late into holes the sealer had passed before it stopped: stored events up to the
     * high water, not sealed by the blocks of the last {@code gapTimeout}, above what the blocks before them
     * had passed. Older holes were given up while the sealer ran.
     */
    private List<StoredEvent> unsealedNearTheHead(SealStore.Head head) {
        var recent = store.recentBlocks(head, properties.gapTimeout(), MAX_SWEPT_BLOCKS);
        if (recent.isEmpty()) {
            return List.of();
        }
        long oldest = recent.get(recent.size() - 1).firstPosition();
        long passedBefore = store.blocksCovering(oldest - 1, oldest - 1).stream()
                .mapToLong(SealStore.StoredBlock::highWater).findFirst().orElse(0);
        var sealed = new HashSet<Long>();
        for (SealStore.StoredBlock block : recent) {
            block.unpacked().links().forEach(link -> sealed.add(link.globalIndex()));
        }
        var unsealed = store.globalIndexesBetween(passedBefore + 1, highWater);
        unsealed.removeAll(sealed);
        return store.eventsAt(unsealed);
    }

    private int sealBatch() {
        store.commitWithoutWaitingForTheDisk();
        List<StoredEvent> fresh = store.eventsAfter(highWater, properties.batchSize());
        var candidates = new ArrayList<StoredEvent>(sweep);
        sweep.clear();
        expireGaps();
        candidates.addAll(store.eventsAt(gaps.keySet()));
        watchGaps(fresh);
        candidates.addAll(fresh);
        if (candidates.isEmpty()) {
            return 0;
        }
        candidates.sort(Comparator.comparingLong(StoredEvent::globalIndex));
        seal(candidates);
        return fresh.size();
    }

    private void seal(List<StoredEvent> candidates) {
        SealStore.Head head = store.head();
        if (head.position() != sealedPosition) {
            throw new IllegalStateException("The chain's head is at position " + head.position() + " but this sealer "
                    + "left it at " + sealedPosition + ": another node seals too; starting again from the database");
        }
        byte[] chain = head.chainHash();
        Instant now = clock.instant();
        var links = new ArrayList<SealBlock.Link>();
        Duration lag = Duration.ZERO;
        for (StoredEvent event : candidates) {
            gaps.remove(event.globalIndex());
            Instant time = Instant.parse(event.timeStamp());
            if (latestSealedTime != null && time.isBefore(latestSealedTime.minus(properties.lateTolerance()))) {
                refuse(event);
                continue;
            }
            StoredEvent.Digests digests = event.digests();
            chain = ChainHash.link(chain, digests.event());
            links.add(new SealBlock.Link(event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                    event.sequenceNumber(), event.timeStamp(), digests.payload(), digests.metaData(), digests.event()));
            if (latestSealedTime == null || time.isAfter(latestSealedTime)) {
                latestSealedTime = time;
            } else {
                Duration lateness = Duration.between(time, latestSealedTime);
                greatestLateness = lateness.compareTo(greatestLateness) > 0 ? lateness : greatestLateness;
            }
            Duration eventLag = Duration.between(time, now);
            lag = eventLag.compareTo(lag) > 0 ? eventLag : lag;
        }
        if (links.isEmpty()) {
            return;
        }
        var block = new SealBlock(head.position() + 1, links, chain);
        store.append(block, highWater, latestSealedTime, now);
        sealedPosition = block.lastPosition();
        lastLag = lag;
    }

    private void refuse(StoredEvent event) {
        if (refused.add(event.globalIndex())) {
            log.error("Event {} ({} #{}, global index {}) is stamped {} but appeared only after the chain had "
                            + "passed {}: not sealed; verification reports it as inserted", event.eventIdentifier(),
                    event.aggregateIdentifier(), event.sequenceNumber(), event.globalIndex(), event.timeStamp(),
                    latestSealedTime);
        }
    }

    /** Holes below the newest fetched global index may still fill with events being committed. */
    private void watchGaps(List<StoredEvent> fresh) {
        Instant now = clock.instant();
        for (StoredEvent event : fresh) {
            for (long hole = highWater + 1; hole < event.globalIndex() && gaps.size() < MAX_WATCHED_GAPS; hole++) {
                gaps.put(hole, now);
            }
            highWater = event.globalIndex();
        }
    }

    private void expireGaps() {
        Instant limit = clock.instant().minus(properties.gapTimeout());
        gaps.values().removeIf(firstSeen -> firstSeen.isBefore(limit));
    }

    private void signIfMoved() {
        SealStore.Head head = store.head();
        if (head.position() == 0 || lastCheckpoint != null && lastCheckpoint.position() >= head.position()) {
            return;
        }
        Instant now = clock.instant();
        Checkpoint checkpoint = signer.sign(head.position(), head.chainHash(), now.toString());
        transactions.executeWithoutResult(status -> store.append(checkpoint));
        lastCheckpoint = checkpoint;
        lastCheckpointAt = now;
        log.info("Ledger checkpoint: position {}, head {}, signed at {} by key {}, signature {}",
                checkpoint.position(), checkpoint.headHash(), checkpoint.signedAt(), checkpoint.keyId(),
                checkpoint.signature());
    }

    private synchronized void tick() {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try {
            sealPending();
            if (!clock.instant().isBefore(lastCheckpointAt.plus(properties.checkpointInterval()))) {
                signIfMoved();
            }
        } catch (RuntimeException e) {
            log.warn("Sealing failed; retrying in {}", properties.interval(), e);
        } finally {
            busyNanos.addAndGet(System.nanoTime() - start);
            cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
        }
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-sealer");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.interval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after Axon's processors, stops before the datasource goes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
