package cz.css.ledger.catalogue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgreeAgendaCommand;
import cz.css.ledger.api.EndAgendaAgreementCommand;
import cz.css.ledger.api.JoinMunicipalityCommand;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import cz.css.ledger.api.RuleViolationException;
import cz.css.ledger.api.UnknownEntityException;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A member municipality (obec) of the DSO and the agendas it has agreed the CSS deals with. */
@Aggregate
public class Municipality {
    @AggregateIdentifier
    private String code;
    private String name;
    private final Set<AgendaCode> agreedAgendas = new HashSet<>();

    protected Municipality() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JoinMunicipalityCommand command) {
        if (code != null) {
            throw new RuleViolationException("Municipality " + code + " (" + name + ") is already a member");
        }
        apply(new MunicipalityJoinedEvent(command.municipality(), command.name(), command.mayorName()));
    }

    @CommandHandler
    void handle(AgreeAgendaCommand command, AgendaDirectory agendas) {
        if (!agendas.isDefined(command.agenda())) {
            throw new UnknownEntityException("Agenda " + command.agenda() + " is not defined in the catalogue");
        }
        if (agreedAgendas.contains(command.agenda())) {
            throw new RuleViolationException(
                    "Municipality " + code + " (" + name + ") has already agreed to agenda " + command.agenda());
        }
        apply(new AgendaAgreedEvent(command.municipality(), command.agenda(), command.agreedOn(), command.occasion()));
    }

    @CommandHandler
    void handle(EndAgendaAgreementCommand command) {
        if (!agreedAgendas.contains(command.agenda())) {
            throw new RuleViolationException("Municipality " + code + " (" + name + ") has not agreed to agenda "
                    + command.agenda() + "; agreed are " + agreedAgendas);
        }
        apply(new AgendaAgreementEndedEvent(command.municipality(), command.agenda(), command.endedOn(),
                command.reason()));
    }

    @EventSourcingHandler
    void on(MunicipalityJoinedEvent event) {
        code = event.municipality().value();
        name = event.name();
    }

    @EventSourcingHandler
    void on(AgendaAgreedEvent event) {
        agreedAgendas.add(event.agenda());
    }

    @EventSourcingHandler
    void on(AgendaAgreementEndedEvent event) {
        agreedAgendas.remove(event.agenda());
    }
}
