package cz.css.ledger.api;

import java.util.UUID;

/** Request identifiers are UUIDs chosen by the client or the API layer. */
public final class RequestIds {
    private RequestIds() {
    }

    public static String required(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            throw new InvalidInputException("The request id is required");
        }
        try {
            return UUID.fromString(requestId.strip()).toString();
        } catch (IllegalArgumentException notUuid) {
            throw new InvalidInputException("The request id '" + requestId + "' is not a UUID");
        }
    }
}
