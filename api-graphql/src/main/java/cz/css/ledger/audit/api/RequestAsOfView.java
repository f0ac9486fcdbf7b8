package cz.css.ledger.audit.api;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.Urgency;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request exactly as it stood at {@code asOf}, folded from the event store (never from a read
 * model): {@code version} is the sequence number of the last event at or before that instant.
 */
public record RequestAsOfView(
        String requestId,
        Instant asOf,
        String registrationNumber,
        RequestStatus status,
        String municipalityCode,
        String agendaCode,
        RequestKind kind,
        Channel channel,
        String subject,
        String description,
        Urgency urgency,
        String citizenName,
        String citizenEmail,
        String citizenPhone,
        String citizenPostalAddress,
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
