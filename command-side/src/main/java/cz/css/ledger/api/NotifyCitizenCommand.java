package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the citizen was told the outcome. */
public record NotifyCitizenCommand(@TargetAggregateIdentifier String requestId, NotificationChannel channel, String message) implements RequestCommand {
    public NotifyCitizenCommand {
        requestId = RequestIds.required(requestId);
        Required.value(channel, "notification channel");
        message = Text.required(message, "message to the citizen", 4000);
    }
}
