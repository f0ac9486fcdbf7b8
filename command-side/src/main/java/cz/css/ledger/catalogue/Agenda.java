package cz.css.ledger.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.DefineAgendaCommand;
import cz.css.ledger.api.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An agenda (area of public administration) in the DSO's catalogue. */
@Aggregate
public class Agenda {
    @AggregateIdentifier
    private String code;
    private String name;

    protected Agenda() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineAgendaCommand command) {
        if (code != null) {
            throw new RuleViolationException("Agenda " + code + " is already defined as '" + name + "'");
        }
        apply(new AgendaDefinedEvent(command.agenda(), command.name(), command.description()));
    }

    @EventSourcingHandler
    void on(AgendaDefinedEvent event) {
        code = event.agenda().value();
        name = event.name();
    }
}
