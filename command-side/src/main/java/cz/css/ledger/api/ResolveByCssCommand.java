package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The CSS resolved the request itself; the mayor must be informed before it can be closed. */
public record ResolveByCssCommand(@TargetAggregateIdentifier String requestId, String resolution) implements RequestCommand {
    public ResolveByCssCommand {
        requestId = RequestIds.required(requestId);
        resolution = Text.required(resolution, "resolution", 4000);
    }
}
