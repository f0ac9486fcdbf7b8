package cz.css.ledger.query.api;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.Urgency;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as the staff queue and detail show it. {@code version} is the sequence number of the
 * last event applied, so a client can wait until a change it made is visible.
 */
public record RequestView(
        String requestId,
        String registrationNumber,
        RequestStatus status,
        String municipalityCode,
        String municipalityName,
        String agendaCode,
        String agendaName,
        RequestKind kind,
        Channel channel,
        String subject,
        String description,
        Urgency urgency,
        CitizenView citizen,
        String assignee,
        String registeredBy,
        Instant receivedAt,
        LocalDate respondBy,
        String resolvedBy,
        String resolution,
        String routedTo,
        boolean mayorInformed,
        boolean citizenNotified,
        CloseOutcome closeOutcome,
        boolean personalDataErased,
        Instant lastChangedAt,
        long version) {
}
