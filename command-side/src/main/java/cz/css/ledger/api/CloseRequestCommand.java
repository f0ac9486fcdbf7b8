package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the request with an outcome. */
public record CloseRequestCommand(@TargetAggregateIdentifier String requestId, CloseOutcome outcome, String summary) implements RequestCommand {
    public CloseRequestCommand {
        requestId = RequestIds.required(requestId);
        Required.value(outcome, "outcome");
        summary = Text.optional(summary, "summary", 4000);
    }
}
