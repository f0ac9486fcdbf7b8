package cz.css.ledger.api;

/** A refused command: its message names the rule and the current state; its code classifies it. */
public abstract class LedgerException extends RuntimeException {
    private final ErrorCode code;

    protected LedgerException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
