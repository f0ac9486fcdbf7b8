package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopen a closed or declined request. */
public record ReopenRequestCommand(@TargetAggregateIdentifier String requestId, String reason) implements RequestCommand {
    public ReopenRequestCommand {
        requestId = RequestIds.required(requestId);
        reason = Text.required(reason, "reason", 4000);
    }
}
