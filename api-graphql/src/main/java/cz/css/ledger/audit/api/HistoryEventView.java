package cz.css.ledger.audit.api;

import java.time.Instant;

/**
 * One stored event: its place in the request's history, what it means, when and by whom, the
 * message chain it belongs to, and its payload and metadata as the stored JSON.
 */
public record HistoryEventView(long sequence, String eventIdentifier, String type, String payloadType,
        String meaning, Instant timestamp, String actor, String actorRole, String correlationId, String causationId,
        String payload, String metaData) {
}
