package cz.css.ledger.api;

import java.time.Instant;

/**
 * Register (zaevidovat) a citizen's request or suggestion. The CSS registers everything, so this
 * is refused only for malformed input. A repeated idempotency key returns the request registered
 * the first time instead of a second one.
 */
public record RegisterRequestCommand(
        String requestId,
        String idempotencyKey,
        MunicipalityCode municipality,
        AgendaCode agenda,
        RequestKind kind,
        Channel channel,
        String subject,
        PersonalText description,
        Urgency urgency,
        CitizenContact citizen,
        String registeredBy,
        Instant receivedAt) {

    public RegisterRequestCommand {
        requestId = RequestIds.required(requestId);
        idempotencyKey = Text.optional(idempotencyKey, "idempotency key", 100);
        Required.value(municipality, "municipality");
        Required.value(agenda, "agenda");
        Required.value(kind, "kind");
        Required.value(channel, "channel");
        subject = Text.required(subject, "subject", 200);
        Required.value(description, "description");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        registeredBy = Text.required(registeredBy, "registering staff member", 100);
        Required.value(receivedAt, "time of receipt");
    }
}
