package cz.css.ledger.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class ReplayEndTest {
    private static final TrackingToken AT_RESET = new GlobalSequenceTrackingToken(100);

    @Test
    void aReplayThatHasReachedThePositionOfItsResetHasEndedThoughItsTokenStillSaysReplaying() {
        var atReset = new ReplayToken(AT_RESET, new GlobalSequenceTrackingToken(100));

        var status = new TrackerStatus(Segment.ROOT_SEGMENT, true, atReset, null);

        assertThat(status.isReplaying()).isTrue();
        assertThat(ReplayEnd.reached(List.of(status))).isTrue();
    }

    @Test
    void aReplayBehindThePositionOfItsResetHasNotEnded() {
        var halfway = new ReplayToken(AT_RESET, new GlobalSequenceTrackingToken(50));

        assertThat(ReplayEnd.reached(List.of(new TrackerStatus(Segment.ROOT_SEGMENT, true, halfway, null)))).isFalse();
    }

    @Test
    void aFailedSegmentHasNotEnded() {
        var status = new TrackerStatus(Segment.ROOT_SEGMENT, true, new GlobalSequenceTrackingToken(100),
                new IllegalStateException("projection failed"));

        assertThat(ReplayEnd.reached(List.of(status))).isFalse();
    }

    @Test
    void segmentsCoveringHalfTheStreamHaveNotEnded() {
        Segment[] halves = Segment.ROOT_SEGMENT.split();

        assertThat(ReplayEnd.reached(List.of(new TrackerStatus(halves[0], true, AT_RESET, null)))).isFalse();
        assertThat(ReplayEnd.reached(List.of(new TrackerStatus(halves[0], true, AT_RESET, null),
                new TrackerStatus(halves[1], true, AT_RESET, null)))).isTrue();
    }

    @Test
    void noSegmentsHaveNotEnded() {
        assertThat(ReplayEnd.reached(List.of())).isFalse();
    }
}
