package cz.css.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a municipality is a member of the DSO. */
public record JoinMunicipalityCommand(@TargetAggregateIdentifier MunicipalityCode municipality, String name,
        String mayorName) {
    public JoinMunicipalityCommand {
        Required.value(municipality, "municipality code");
        name = Text.required(name, "municipality name", 200);
        mayorName = Text.optional(mayorName, "mayor's name", 200);
    }
}
