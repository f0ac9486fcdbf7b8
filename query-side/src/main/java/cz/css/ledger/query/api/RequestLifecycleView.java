package cz.css.ledger.query.api;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import java.time.Instant;

/**
 * One request's steps, without personal data and without the citizen's satisfaction answer: when
 * it was received, resolved (and by whom), routed and answered by the municipality, reported to the
 * mayor, notified, closed, offered the survey and answered it. Null where the step has not happened
 * in the current life (a reopening starts a new one).
 */
public record RequestLifecycleView(String requestId, String registrationNumber, String municipalityCode,
        String agendaCode, RequestKind kind, Channel channel, RequestStatus status, Instant receivedAt,
        String resolver, Instant resolvedAt, Instant routedAt, Instant routingEndedAt, Instant mayorInformedAt,
        Instant citizenNotifiedAt, Instant closedAt, CloseOutcome closeOutcome, Instant surveyOfferedAt,
        Instant surveyAnsweredAt) {
}
