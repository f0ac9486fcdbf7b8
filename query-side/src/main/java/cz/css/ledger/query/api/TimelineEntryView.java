package cz.css.ledger.query.api;

import java.time.Instant;

/**
 * One step in a request's history: the event's sequence number and type, when it happened, who
 * did it (user and role) and a one-line summary in plain words.
 */
public record TimelineEntryView(long sequence, String eventType, Instant occurredAt, String actor, String actorRole,
        String summary) {
}
