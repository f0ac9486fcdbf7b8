package cz.css.ledger.audit.api;

import java.util.List;

/**
 * What verification found: either every sealed event matches its link and every checkpoint
 * holds ("verified N events, head digest D"), or the breaks, first position first.
 * {@code pendingEvents} are newer than the sealed head, not sealed yet (the sealing lag).
 */
public record LedgerVerificationView(boolean verified, long eventsVerified, long headPosition, String headHash,
        int checkpointsVerified, CheckpointView lastCheckpoint, long pendingEvents, int breakCount,
        List<LedgerBreakView> breaks, String summary) {
}
