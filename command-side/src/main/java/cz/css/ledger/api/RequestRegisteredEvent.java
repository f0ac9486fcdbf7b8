package cz.css.ledger.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The CSS registered (zaevidovalo) a citizen's request or suggestion under a registration number;
 * it is now received and must be resolved by the CSS or routed to the municipality.
 */
public record RequestRegisteredEvent(
        String requestId,
        String registrationNumber,
        MunicipalityCode municipality,
        AgendaCode agenda,
        RequestKind kind,
        Channel channel,
        String subject,
        PersonalText description,
        Urgency urgency,
        CitizenContact citizen,
        String registeredBy,
        Instant receivedAt,
        LocalDate respondBy) implements RequestEvent {
}
