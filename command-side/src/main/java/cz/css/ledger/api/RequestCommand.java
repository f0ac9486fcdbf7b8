package cz.css.ledger.api;

/** A command to an existing citizen request. */
public interface RequestCommand {
    /** The request the command is for. */
    String requestId();
}
