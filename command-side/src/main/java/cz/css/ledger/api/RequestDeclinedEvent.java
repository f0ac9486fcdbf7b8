package cz.css.ledger.api;

/** The CSS declined the request as outside the agendas the municipality agreed to, with advice on whom to turn to. */
public record RequestDeclinedEvent(String requestId, AgendaCode agenda, String referralAdvice) implements RequestEvent {
}
