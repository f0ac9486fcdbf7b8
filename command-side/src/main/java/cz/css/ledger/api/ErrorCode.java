package cz.css.ledger.api;

/** Classification of a refused command, kept when it crosses the wire to API clients. */
public enum ErrorCode {
    /** The input is malformed or breaks a shape rule; nothing was changed. */
    BAD_REQUEST,
    /** The request, municipality or agenda does not exist. */
    NOT_FOUND,
    /** The command is well formed but the current state does not allow it. */
    CONFLICT
}
