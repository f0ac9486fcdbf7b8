package cz.css.ledger.query.api;

import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SurveyRespondent;
import java.time.Instant;

/**
 * A satisfaction survey of a request and its answer, if any. {@code comment} is personal data.
 *
 * @param version sequence number of the request's last event applied to this survey
 */
public record SurveyView(String surveyId, String requestId, String registrationNumber, NotificationChannel channel,
        Instant offeredAt, Instant answerBy, Integer score, ResolvedAnswer resolved, String comment,
        SurveyRespondent answeredBy, Instant answeredAt, long version) {

    public boolean answered() {
        return answeredAt != null;
    }
}
