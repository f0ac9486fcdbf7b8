package cz.css.ledger.audit.api;

/**
 * One place where the ledger does not verify: the chain position (for an inserted event, the
 * position its time claims), the event concerned and why.
 */
public record LedgerBreakView(BreakKind kind, long position, long globalIndex, String aggregateIdentifier,
        long sequenceNumber, String reason) {

    /** Why a link is broken. */
    public enum BreakKind {
        /** The stored event differs from what was sealed (payload, metadata, time or type). */
        ALTERED,
        /** A sealed event, or its link, is gone. */
        DELETED,
        /** A stored event that was never sealed although its time lies inside the sealed history. */
        INSERTED,
        /** A sealed event now stands elsewhere in the order (other global index or sequence number). */
        REORDERED,
        /** A link's stored hash does not follow from the one before it. */
        CHAIN_BROKEN,
        /** The chain is self-consistent but differs from a signed or published checkpoint: rewritten. */
        CHAIN_REWRITTEN,
        /** A checkpoint whose signature does not verify with a trusted key. */
        CHECKPOINT_FORGED,
        /** The chain is shorter than a checkpoint published earlier: its tail was removed. */
        TRUNCATED
    }
}
