package cz.css.ledger.api;

/** Input that breaks a shape rule (length, format, missing value). */
public class InvalidInputException extends LedgerException {
    public InvalidInputException(String message) {
        super(ErrorCode.BAD_REQUEST, message);
    }
}
