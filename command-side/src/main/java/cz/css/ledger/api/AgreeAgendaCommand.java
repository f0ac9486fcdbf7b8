package cz.css.ledger.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the municipality agreed to an agenda, e.g. at the initial meeting (úvodní setkání). */
public record AgreeAgendaCommand(@TargetAggregateIdentifier MunicipalityCode municipality, AgendaCode agenda,
        LocalDate agreedOn, String occasion) {
    public AgreeAgendaCommand {
        Required.value(municipality, "municipality code");
        Required.value(agenda, "agenda code");
        Required.value(agreedOn, "day of agreement");
        occasion = Text.optional(occasion, "occasion", 500);
    }
}
