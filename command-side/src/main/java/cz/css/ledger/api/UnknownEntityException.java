package cz.css.ledger.api;

/** A command or query that names a request, municipality or agenda that does not exist. */
public class UnknownEntityException extends LedgerException {
    public UnknownEntityException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
