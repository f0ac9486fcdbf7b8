package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the municipality's answer that it returns a routed request to the CSS. */
public record RecordReturnToCssCommand(@TargetAggregateIdentifier String requestId, String reason) implements RequestCommand {
    public RecordReturnToCssCommand {
        requestId = RequestIds.required(requestId);
        reason = Text.required(reason, "reason", 4000);
    }
}
