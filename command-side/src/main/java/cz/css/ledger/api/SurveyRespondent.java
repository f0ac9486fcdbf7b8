package cz.css.ledger.api;

/** Who recorded an answer to the satisfaction survey. */
public enum SurveyRespondent {
    /** The citizen answered themselves, without an account, with the one-time code issued with the offer. */
    CITIZEN_WITH_TOKEN,
    /** A CSS staff member recorded what the citizen said on the phone. */
    STAFF_BY_PHONE
}
