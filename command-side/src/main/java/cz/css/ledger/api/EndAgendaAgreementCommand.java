package cz.css.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the municipality no longer agrees to an agenda. */
public record EndAgendaAgreementCommand(@TargetAggregateIdentifier MunicipalityCode municipality, AgendaCode agenda,
        LocalDate endedOn, String reason) {
    public EndAgendaAgreementCommand {
        Required.value(municipality, "municipality code");
        Required.value(agenda, "agenda code");
        Required.value(endedOn, "day the agreement ends");
        reason = Text.optional(reason, "reason", 2000);
    }
}
