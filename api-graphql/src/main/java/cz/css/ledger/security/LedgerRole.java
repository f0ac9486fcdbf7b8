package cz.css.ledger.security;

/** The roles of the ledger's users. */
public enum LedgerRole {
    /** CSS case worker: registers and works requests. */
    STAFF,
    /** CSS manager: the agenda catalogue, assignment, replay, erasure, the personal-data access log. */
    SUPERVISOR,
    /** Reads every history, verifies the ledger, exports; changes nothing. */
    AUDITOR,
    /** Mayor (starosta) bound to one municipality: its statistics and requests only. */
    MAYOR,
    /** Aggregated statistics and trends only, never personal data. */
    ANALYST;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
