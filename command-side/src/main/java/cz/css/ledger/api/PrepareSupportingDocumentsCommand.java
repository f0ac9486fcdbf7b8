package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the supporting documents (podklady) the CSS prepared for the municipality. */
public record PrepareSupportingDocumentsCommand(@TargetAggregateIdentifier String requestId, String documents) implements RequestCommand {
    public PrepareSupportingDocumentsCommand {
        requestId = RequestIds.required(requestId);
        documents = Text.required(documents, "description of the documents", 4000);
    }
}
