package cz.css.ledger.query.api;

/** An agenda of the catalogue. */
public record AgendaView(String code, String name, String description) {
}
