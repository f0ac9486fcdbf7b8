package cz.css.ledger.request;

import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RuleViolationException;

/** A command the request's current state does not allow; the message names the state and the rule. */
public class RequestRuleViolation extends RuleViolationException {
    public RequestRuleViolation(String registrationNumber, RequestStatus status, String stateAndRule) {
        super("Request " + registrationNumber + " is " + status + " and " + stateAndRule);
    }
}
