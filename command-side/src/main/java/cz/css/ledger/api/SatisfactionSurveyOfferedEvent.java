package cz.css.ledger.api;

import java.time.Instant;

/** After closing, the CSS offered the citizen the satisfaction survey through a channel; it can be answered until {@code answerBy}. */
public record SatisfactionSurveyOfferedEvent(String requestId, String surveyId, NotificationChannel channel,
        Instant offeredAt, Instant answerBy) implements RequestEvent {
}
