package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the agenda, kind or municipality of a request. */
public record ReclassifyRequestCommand(@TargetAggregateIdentifier String requestId, MunicipalityCode municipality, AgendaCode agenda, RequestKind kind, String reason) implements RequestCommand {
    public ReclassifyRequestCommand {
        requestId = RequestIds.required(requestId);
        Required.value(municipality, "municipality");
        Required.value(agenda, "agenda");
        Required.value(kind, "kind");
        reason = Text.optional(reason, "reason", 4000);
    }
}
