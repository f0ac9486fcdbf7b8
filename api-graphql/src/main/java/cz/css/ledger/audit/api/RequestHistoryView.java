package cz.css.ledger.audit.api;

import java.util.List;

/**
 * A request's full history from the event store, oldest first; {@code municipalityCode} is the
 * municipality it belongs to now (after any reclassification).
 */
public record RequestHistoryView(String requestId, String registrationNumber, String municipalityCode,
        List<HistoryEventView> events) {
}
