package cz.css.ledger.request;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

import cz.css.ledger.api.ErrorCode;
import cz.css.ledger.api.LedgerException;
import cz.css.ledger.api.RequestStatus;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Matchers for refused request commands: a CONFLICT whose message names the request and its current state. */
final class Refusals {
    private Refusals() {
    }

    static Matcher<Object> refusedIn(RequestStatus status) {
        return allOf(instanceOf(RequestRuleViolation.class), withCode(ErrorCode.CONFLICT),
                messageContaining("Request " + Requests.NUMBER + " is " + status + " and "));
    }

    static Matcher<Object> withCode(ErrorCode code) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(code), "error code", "error code") {
            @Override
            protected ErrorCode featureValueOf(Object actual) {
                return actual instanceof LedgerException ledger ? ledger.code() : null;
            }
        };
    }

    private static Matcher<Object> messageContaining(String text) {
        return new FeatureMatcher<>(containsString(text), "message", "message") {
            @Override
            protected String featureValueOf(Object actual) {
                return ((Throwable) actual).getMessage();
            }
        };
    }
}
