package cz.css.ledger.query.api;

/** The agenda catalogue; answers a list of {@link AgendaView}. */
public record FindAgendasQuery() {
}
