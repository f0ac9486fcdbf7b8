package cz.css.ledger.api;

/** An agenda (area of public administration) was defined in the DSO's catalogue. */
public record AgendaDefinedEvent(AgendaCode agenda, String name, String description) implements CatalogueEvent {
}
