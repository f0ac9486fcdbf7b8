package cz.css.ledger.query.api;

import cz.css.ledger.api.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.Base64;

/**
 * A position in the staff queue, handed to clients as an opaque string: the queue continues with
 * the requests received before {@code receivedAt}, or at the same instant with a smaller id.
 */
public record QueueCursor(Instant receivedAt, String requestId) {
    private static final String SEPARATOR = "|";

    /** The position just after this item of the queue. */
    public static QueueCursor after(RequestView item) {
        return new QueueCursor(item.receivedAt(), item.requestId());
    }

    /** Reads a cursor this queue gave out; refuses anything else as bad input. */
    public static QueueCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            String requestId = plain.substring(separator + 1);
            // the queue gives out only request ids, which are UUIDs; anything else is not ours
            UUID.fromString(requestId);
            return new QueueCursor(Instant.parse(plain.substring(0, separator)), requestId);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException notOurs) {
            throw new InvalidInputException("The cursor '" + cursor + "' was not given out by this queue");
        }
    }

    public String encode() {
        String plain = receivedAt + SEPARATOR + requestId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
