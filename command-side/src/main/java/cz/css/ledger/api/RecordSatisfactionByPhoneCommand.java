package cz.css.ledger.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the answer to the satisfaction survey that the citizen gave a staff member on the phone. */
public record RecordSatisfactionByPhoneCommand(@TargetAggregateIdentifier String requestId, SatisfactionAnswer answer,
        Instant answeredAt) implements RequestCommand {

    public RecordSatisfactionByPhoneCommand {
        requestId = RequestIds.required(requestId);
        Required.value(answer, "answer");
        Required.value(answeredAt, "time of the answer");
    }
}
