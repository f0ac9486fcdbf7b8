package cz.css.ledger.api;

/**
 * Record that the sender read a personal field of a request (for the data protection officer's
 * access log). Who read it comes from the command's metadata, never from this payload.
 */
public record RecordPersonalDataAccessCommand(String requestId, String field) {
    public RecordPersonalDataAccessCommand {
        requestId = RequestIds.required(requestId);
        field = Text.required(field, "field", 40);
    }
}
