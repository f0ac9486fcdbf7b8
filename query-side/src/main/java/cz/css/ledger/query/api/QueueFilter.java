package cz.css.ledger.query.api;

import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.Urgency;
import java.util.List;

/** Filters of the staff queue; a null or empty component does not filter. {@code text} matches subject or number. */
public record QueueFilter(List<RequestStatus> statuses, String municipalityCode, String agendaCode, RequestKind kind,
        String assignee, Urgency urgency, String text) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null);
    }
}
