package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add an internal note to the request, visible to CSS staff only. */
public record AddInternalNoteCommand(@TargetAggregateIdentifier String requestId, String note) implements RequestCommand {
    public AddInternalNoteCommand {
        requestId = RequestIds.required(requestId);
        note = Text.required(note, "note", 4000);
    }
}
