package cz.css.ledger.request;

import cz.css.ledger.api.RuleViolationException;

/** A one-time survey code was used again: the survey it belongs to already has its answer. */
public class SurveyCodeUsedException extends RuleViolationException {
    public SurveyCodeUsedException() {
        super("This satisfaction survey code has already been used; the survey accepts one answer only");
    }
}
