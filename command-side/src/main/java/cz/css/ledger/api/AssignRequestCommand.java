package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign (or reassign) the request to a CSS staff member. */
public record AssignRequestCommand(@TargetAggregateIdentifier String requestId, String assignee) implements RequestCommand {
    public AssignRequestCommand {
        requestId = RequestIds.required(requestId);
        assignee = Text.required(assignee, "assignee", 100);
    }
}
