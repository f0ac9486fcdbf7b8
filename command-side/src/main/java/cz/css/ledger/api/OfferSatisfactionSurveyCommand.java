package cz.css.ledger.api;

import java.time.Instant;
import java.util.UUID;

/**
 * Offer the citizen the satisfaction survey of a closed request through a channel. The answer is
 * due within the configured number of days from {@code offeredAt}; a one-time code for answering
 * without an account is issued with the offer and returned once, as a {@link SurveyInvitation}.
 */
public record OfferSatisfactionSurveyCommand(String requestId, String surveyId, NotificationChannel channel,
        Instant offeredAt) implements RequestCommand {

    public OfferSatisfactionSurveyCommand {
        requestId = RequestIds.required(requestId);
        surveyId = uuid(surveyId);
        Required.value(channel, "channel the survey is offered through");
        Required.value(offeredAt, "time of the offer");
    }

    private static String uuid(String surveyId) {
        try {
            return UUID.fromString(Required.value(surveyId, "survey id").strip()).toString();
        } catch (IllegalArgumentException notUuid) {
            throw new InvalidInputException("The survey id '" + surveyId + "' is not a UUID");
        }
    }
}
