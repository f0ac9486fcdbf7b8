package cz.css.ledger.api;

import java.time.LocalDate;

/** The municipality withdrew its agreement to an agenda; from that day the CSS may not resolve or route in it. */
public record AgendaAgreementEndedEvent(MunicipalityCode municipality, AgendaCode agenda, LocalDate endedOn,
        String reason) implements CatalogueEvent {
}
