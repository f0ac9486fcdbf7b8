package cz.css.ledger.api;

/** The citizen was told the outcome of the request. */
public record CitizenNotifiedEvent(String requestId, NotificationChannel channel, String message) implements RequestEvent {
}
