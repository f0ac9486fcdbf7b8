package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the citizen's personal data of a request (right to erasure): the request's data key is
 * destroyed, so the encrypted personal fields of its events can no longer be read.
 */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String requestId, String reason)
        implements RequestCommand {
    public ErasePersonalDataCommand {
        requestId = RequestIds.required(requestId);
        reason = Text.required(reason, "reason for the erasure", 2000);
    }
}
