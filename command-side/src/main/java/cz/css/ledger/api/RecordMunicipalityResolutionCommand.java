package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the municipality's answer that it resolved a routed request. */
public record RecordMunicipalityResolutionCommand(@TargetAggregateIdentifier String requestId, String outcome) implements RequestCommand {
    public RecordMunicipalityResolutionCommand {
        requestId = RequestIds.required(requestId);
        outcome = Text.required(outcome, "outcome", 4000);
    }
}
