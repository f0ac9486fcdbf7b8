package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Route the request to the municipality concerned for resolution (předat k vyřízení obci). */
public record RouteToMunicipalityCommand(@TargetAggregateIdentifier String requestId, String recipient, String reason) implements RequestCommand {
    public RouteToMunicipalityCommand {
        requestId = RequestIds.required(requestId);
        recipient = Text.required(recipient, "recipient office or person", 200);
        reason = Text.required(reason, "reason for routing", 4000);
    }
}
