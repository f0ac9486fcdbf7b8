package cz.css.ledger.audit.api;

import java.time.Instant;

/**
 * Plan an export of the events sealed in [from, to) (either end open when null), extended to the
 * next signed checkpoint so that a signature covers every exported event.
 */
public record ExportLedgerQuery(Instant from, Instant to) {
}
