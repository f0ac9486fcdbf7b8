package cz.css.ledger.query.projection;

import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;

/**
 * When a streaming processor's replay has ended. Axon keeps a segment's replay token until an event beyond the
 * position of the reset arrives, so a replay that has reached that position is over even while its tokens still say
 * replaying.
 */
public final class ReplayEnd {
    private ReplayEnd() {
    }

    /**
     * Whether the segments, together covering the whole stream, are all caught up, none has failed, and each is at or
     * past the position the reset was made at (the head when the tokens were reset).
     */
    public static boolean reached(Collection<EventTrackerStatus> segments) {
        double covered = segments.stream().mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
        long reached = segments.stream().mapToLong(segment -> segment.getCurrentPosition().orElse(-1)).min()
                .orElse(-1);
        long resetAt = segments.stream().mapToLong(segment -> segment.getResetPosition().orElse(-1)).max()
                .orElse(-1);
        return !segments.isEmpty() && covered > 0.999 && reached >= resetAt
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)
                && segments.stream().noneMatch(EventTrackerStatus::isErrorState);
    }
}
