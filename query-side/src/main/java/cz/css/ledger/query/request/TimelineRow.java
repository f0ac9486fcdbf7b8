package cz.css.ledger.query.request;

import static java.time.temporal.ChronoUnit.MICROS;

import cz.css.ledger.query.api.TimelineEntryView;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * One event in a request's history, as auditors read it; written once, never changed, so always new
 * to JPA (persisted without a look-up first).
 */
@Entity
@Table(name = "request_timeline_entry")
class TimelineRow implements Persistable<TimelineKey> {
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

    @Override
    public TimelineKey getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    TimelineEntryView view() {
        return new TimelineEntryView(id.sequence(), eventType, occurredAt, actor, actorRole, summary);
    }
}
