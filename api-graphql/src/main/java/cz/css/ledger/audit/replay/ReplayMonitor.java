package cz.css.ledger.audit.replay;

import cz.css.ledger.audit.api.ProjectionStatusView;
import cz.css.ledger.query.projection.ReplayEnd;
import cz.css.ledger.query.statistics.AggregatesRebuild;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches every event processor: position reached against the head of the event store, and for a
 * replay the rate over the last seconds and the time left. Positions are global indexes, so
 * counts are events up to holes in the index.
 */
@Component
public class ReplayMonitor {
    private static final Duration RATE_WINDOW = Duration.ofSeconds(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final AggregatesRebuild statisticsRebuild;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    ReplayMonitor(EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
            AggregatesRebuild statisticsRebuild) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.statisticsRebuild = statisticsRebuild;
    }

    void started(String processingGroup) {
        runs.put(processingGroup, new Run(clock.instant()));
    }

    /** Every processor, alphabetically. */
    public List<ProjectionStatusView> statuses() {
        long head = head();
        var views = new ArrayList<ProjectionStatusView>();
        processing.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .forEach(processor -> views.add(status(processor, head)));
        return views;
    }

    /** Samples running replays so that their rate is known even when nobody asks. */
    @Scheduled(fixedDelay = 1000)
    void sample() {
        if (runs.values().stream().anyMatch(run -> run.finishedAt == null)) {
            statuses();
        }
    }

    private ProjectionStatusView status(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProjectionStatusView(processor.getName(), mode(processor), false, processor.isRunning(), false,
                    true, null, head, head, 100, null, null, null, null);
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        long processed = segments.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0)).min().orElse(0);
        boolean tokensReplaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        String error = segments.values().stream().filter(EventTrackerStatus::isErrorState)
                .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
        long total = tokensReplaying ? segments.values().stream().map(EventTrackerStatus::getResetPosition)
                .mapToLong(position -> position.orElse(head)).max().orElse(head) : head;
        // Axon keeps a replay token until an event beyond the reset position arrives; having reached it is the end
        // (ReplayEnd), for the statistics once their aggregates are counted afresh too
        boolean done = ReplayEnd.reached(segments.values()) && processed >= total && !owesRebuild(processor.getName());
        Run run = runs.get(processor.getName());
        Double rate = null;
        Double secondsLeft = null;
        if (run != null) {
            run.observe(clock.instant(), processed, tokensReplaying, done);
            rate = run.rate();
            if (!done && rate != null && rate > 0) {
                secondsLeft = Math.max(0, total - processed) / rate;
            }
        }
        boolean replaying = !done && (tokensReplaying || run != null && run.finishedAt == null);
        double percent = total <= 0 ? 100 : Math.min(100, 100.0 * processed / total);
        return new ProjectionStatusView(processor.getName(), mode(processor), streaming.supportsReset(),
                processor.isRunning(), replaying, caughtUp, error, processed,
                total, percent, rate, secondsLeft, run == null ? null : run.startedAt,
                run == null ? null : run.finishedAt);
    }

    private boolean owesRebuild(String processingGroup) {
        return AggregatesRebuild.PROCESSING_GROUP.equals(processingGroup) && statisticsRebuild.isOwed();
    }

    private long head() {
        OptionalLong position = eventStore.createHeadToken() == null ? OptionalLong.empty()
                : eventStore.createHeadToken().position();
        return position.orElse(0);
    }

    private static String mode(EventProcessor processor) {
        if (processor instanceof PooledStreamingEventProcessor) {
            return "pooled";
        }
        if (processor instanceof SubscribingEventProcessor) {
            return "subscribing";
        }
        return processor instanceof StreamingEventProcessor ? "tracking" : processor.getClass().getSimpleName();
    }

    /** One replay: when it began and ended, and recent (time, position) samples for its rate. */
    private static final class Run {
        final Instant startedAt;
        volatile Instant finishedAt;
        private final Deque<long[]> samples = new ArrayDeque<>();
        private long finalPosition;
        private boolean seenReplaying;

        Run(Instant startedAt) {
            this.startedAt = startedAt;
        }

        /** Done once replay tokens were seen (or a few seconds passed, for a tiny store) and the end was reached. */
        synchronized void observe(Instant now, long position, boolean tokensReplaying, boolean done) {
            if (finishedAt != null) {
                return;
            }
            samples.addLast(new long[] {now.toEpochMilli(), position});
            while (samples.size() > 2 && samples.peekFirst()[0] < now.toEpochMilli() - RATE_WINDOW.toMillis()) {
                samples.removeFirst();
            }
            seenReplaying |= tokensReplaying;
            if (done && (seenReplaying || now.isAfter(startedAt.plusSeconds(5)))) {
                finishedAt = now;
                finalPosition = position;
            }
        }

        synchronized Double rate() {
            if (finishedAt != null) {
                double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt).toMillis() / 1000.0);
                return finalPosition / seconds;
            }
            if (samples.size() < 2) {
                return null;
            }
            long[] first = samples.peekFirst();
            long[] last = samples.peekLast();
            double seconds = (last[0] - first[0]) / 1000.0;
            return seconds <= 0 ? null : (last[1] - first[1]) / seconds;
        }
    }
}
