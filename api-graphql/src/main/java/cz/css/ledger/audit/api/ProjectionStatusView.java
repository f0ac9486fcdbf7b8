package cz.css.ledger.audit.api;

import java.time.Instant;

/**
 * One event processor and its replay progress. Positions are global indexes of the event store, so
 * {@code processed} of {@code total} counts events (holes in the index aside).
 *
 * @param mode pooled, tracking or subscribing; only the streaming ones can replay
 * @param processed the global index every segment has reached
 * @param total the head of the event store when the replay began (or now, when not replaying)
 * @param eventsPerSecond replay rate over the last seconds
 * @param secondsLeft estimated time to the end of the replay
 */
public record ProjectionStatusView(String processingGroup, String mode, boolean replayable, boolean running,
        boolean replaying, boolean caughtUp, String error, long processed, long total, double percent,
        Double eventsPerSecond, Double secondsLeft, Instant replayStartedAt, Instant replayFinishedAt) {
}
