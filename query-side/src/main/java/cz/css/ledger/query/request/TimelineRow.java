package cz.css.ledger.query.request;

import static java.time.temporal.ChronoUnit.MICROS;

import cz.css.ledger.query.api.TimelineEntryView;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.annotations.Immutable;

/**
 * One event in a request's history, as auditors read it; written once, never changed: the projection inserts it by
 * JDBC ({@link #INSERT}, in one batch with the rest of its batch of events), JPA only reads it.
 */
@Entity
@Table(name = "request_timeline_entry")
@Immutable
class TimelineRow {
    /** How the projection writes an entry, with {@link #columnValues()}. */
    static final String INSERT = "insert into request_timeline_entry (request_id, sequence, event_type, occurred_at,"
            + " actor, actor_role, summary) values (?, ?, ?, ?, ?, ?, ?)";

    @EmbeddedId
    private TimelineKey id;
    private String eventType;
    private Instant occurredAt;
    private String actor;
    private String actorRole;
    private String summary;

    protected TimelineRow() {
        // for JPA
    }

    TimelineRow(TimelineKey id, String eventType, Instant occurredAt, String actor, String actorRole,
            String summary) {
        this.id = id;
        this.eventType = eventType;
        this.occurredAt = occurredAt.truncatedTo(MICROS);
        this.actor = actor;
        this.actorRole = actorRole;
        this.summary = summary;
    }

    Object[] columnValues() {
        return new Object[] {id.requestId(), id.sequence(), eventType, occurredAt.atOffset(ZoneOffset.UTC), actor,
            actorRole, summary};
    }

    TimelineEntryView view() {
        return new TimelineEntryView(id.sequence(), eventType, occurredAt, actor, actorRole, summary);
    }
}
