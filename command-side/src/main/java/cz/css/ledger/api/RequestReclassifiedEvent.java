package cz.css.ledger.api;

/** The request's municipality, agenda or kind was corrected; respondBy follows the new kind. */
public record RequestReclassifiedEvent(String requestId, MunicipalityCode municipality, AgendaCode agenda, RequestKind kind, java.time.LocalDate respondBy, String reason) implements RequestEvent {
}
