package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the mayor of the municipality was informed about a request the CSS resolved. */
public record InformMayorCommand(@TargetAggregateIdentifier String requestId, String mayorName, MayorContactMethod method, java.time.Instant informedAt, String message) implements RequestCommand {
    public InformMayorCommand {
        requestId = RequestIds.required(requestId);
        mayorName = Text.required(mayorName, "mayor's name", 200);
        Required.value(method, "how the mayor was informed");
        Required.value(informedAt, "when the mayor was informed");
        message = Text.required(message, "what the mayor was told", 4000);
    }
}
