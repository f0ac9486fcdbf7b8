package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define an agenda in the DSO's catalogue. */
public record DefineAgendaCommand(@TargetAggregateIdentifier AgendaCode agenda, String name, String description) {
    public DefineAgendaCommand {
        Required.value(agenda, "agenda code");
        name = Text.required(name, "agenda name", 200);
        description = Text.optional(description, "agenda description", 2000);
    }
}
