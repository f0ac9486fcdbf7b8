package cz.css.ledger.api;

import java.time.LocalDate;

/** The municipality agreed that citizens may turn to the CSS in this agenda, from the given day. */
public record AgendaAgreedEvent(MunicipalityCode municipality, AgendaCode agenda, LocalDate agreedOn, String occasion)
        implements CatalogueEvent {
}
