package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The citizen withdrew the request. */
public record WithdrawRequestCommand(@TargetAggregateIdentifier String requestId, String reason) implements RequestCommand {
    public WithdrawRequestCommand {
        requestId = RequestIds.required(requestId);
        reason = Text.optional(reason, "reason", 4000);
    }
}
