package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decline the request as outside the agendas agreed for the municipality, advising whom to turn to. */
public record DeclineRequestCommand(@TargetAggregateIdentifier String requestId, String referralAdvice) implements RequestCommand {
    public DeclineRequestCommand {
        requestId = RequestIds.required(requestId);
        referralAdvice = Text.required(referralAdvice, "referral advice", 4000);
    }
}
