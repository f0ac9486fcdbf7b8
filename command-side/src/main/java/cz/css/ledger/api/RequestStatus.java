package cz.css.ledger.api;

/** Where a request stands in its life. */
public enum RequestStatus {
    /** přijato: registered, waiting for the CSS to act. */
    RECEIVED,
    /** vyřízeno CSS: resolved by the CSS, the mayor still has to be informed. */
    RESOLVED_BY_CSS,
    /** starosta informován: resolved by the CSS and the mayor informed; may be closed. */
    MAYOR_INFORMED,
    /** předáno obci: routed to the municipality for resolution. */
    ROUTED_TO_MUNICIPALITY,
    /** vyřízeno obcí: the municipality answered that it resolved the request; may be closed. */
    RESOLVED_BY_MUNICIPALITY,
    /** vráceno CSS: the municipality returned it; the CSS resolves it or routes it again. */
    RETURNED_TO_CSS,
    /** odmítnuto: outside the agendas agreed for the municipality; the citizen got referral advice. */
    DECLINED,
    /** staženo: withdrawn by the citizen. */
    WITHDRAWN,
    /** uzavřeno: closed with an outcome. */
    CLOSED
}
