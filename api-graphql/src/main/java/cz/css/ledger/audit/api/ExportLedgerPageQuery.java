package cz.css.ledger.audit.api;

/** Export lines (events and the checkpoints among them) of positions fromPosition.. at most limit events. */
public record ExportLedgerPageQuery(long fromPosition, long toPosition, int limit) {
}
