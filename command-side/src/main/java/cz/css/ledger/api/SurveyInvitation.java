package cz.css.ledger.api;

import java.time.Instant;

/**
 * What offering the satisfaction survey gives the CSS to hand to the citizen: the one-time code
 * (shown only here; the ledger keeps just its hash) and the last moment an answer is accepted.
 *
 * @param version the request's version after the offer
 */
public record SurveyInvitation(String requestId, String surveyId, String token, Instant answerBy, long version) {

    @Override
    public String toString() {
        return "SurveyInvitation[requestId=" + requestId + ", surveyId=" + surveyId + ", answerBy=" + answerBy
                + ", version=" + version + "]";
    }
}
