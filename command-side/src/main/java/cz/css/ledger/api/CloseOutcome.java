package cz.css.ledger.api;

/** The outcome a request is closed with. */
public enum CloseOutcome {
    /** vyřízeno */
    RESOLVED,
    /** vyřízeno částečně */
    PARTLY_RESOLVED,
    /** nelze vyřídit */
    NOT_POSSIBLE,
    /** nepříslušné: outside what the CSS or the municipality may deal with */
    NOT_COMPETENT
}
