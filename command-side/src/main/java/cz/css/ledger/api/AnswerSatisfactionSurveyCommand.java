package cz.css.ledger.api;

import java.time.Instant;

/**
 * The citizen answers the satisfaction survey with the one-time code issued with the offer; the
 * code alone identifies the request. Accepted once.
 */
public record AnswerSatisfactionSurveyCommand(String token, SatisfactionAnswer answer, Instant answeredAt) {
    public static final int MAX_TOKEN_LENGTH = 100;

    public AnswerSatisfactionSurveyCommand {
        token = Text.required(token, "survey code", MAX_TOKEN_LENGTH);
        Required.value(answer, "answer");
        Required.value(answeredAt, "time of the answer");
    }

    @Override
    public String toString() {
        return "AnswerSatisfactionSurveyCommand[answer=" + answer.score() + "/" + answer.resolved() + ", answeredAt="
                + answeredAt + "]";
    }
}
