package cz.css.ledger.api;

import java.time.Instant;

/** The citizen's answer to the satisfaction survey was recorded: score 1-5, whether the matter was resolved, an optional comment. */
public record SatisfactionRecordedEvent(String requestId, String surveyId, int score, ResolvedAnswer resolved,
        PersonalText comment, SurveyRespondent answeredBy, Instant answeredAt) implements RequestEvent {
}
