package cz.css.ledger.query.api;

/** The latest satisfaction survey of a request; answers a {@link SurveyView}, or null if none was offered. */
public record FindSurveyQuery(String requestId) {
}
