package cz.css.ledger.audit.api;

/** The export's header line and the chain positions it covers (empty when lastPosition < firstPosition). */
public record LedgerExportPlan(String headerLine, long firstPosition, long lastPosition) {
}
