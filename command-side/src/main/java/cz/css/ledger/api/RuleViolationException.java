package cz.css.ledger.api;

/** A command that the current state of a request or catalogue entry does not allow. */
public class RuleViolationException extends LedgerException {
    public RuleViolationException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
