package cz.css.ledger.demo;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgreeAgendaCommand;
import cz.css.ledger.api.DefineAgendaCommand;
import cz.css.ledger.api.JoinMunicipalityCommand;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.query.api.AgendaView;
import cz.css.ledger.query.api.FindAgendasQuery;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of an empty ledger, records Mikroregion Ivančicko's catalogue as events, all in one
 * transaction: each command's unit of work joins it, so the catalogue is stored whole or not at all (a start
 * interrupted half-way would otherwise leave a catalogue that is no longer empty, and never completed), with one
 * commit instead of one per command.
 */
@Component
@ConditionalOnProperty(name = "ledger.catalogue.seed", havingValue = "true", matchIfMissing = true)
class CatalogueSeed {
    static final MetaData SYSTEM = MetaData.from(Map.of("actor", "system", "actorRole", "SYSTEM"));
    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);
    private static final LocalDate INITIAL_MEETING = LocalDate.of(2026, 1, 15);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TransactionTemplate transactions;

    CatalogueSeed(CommandGateway commands, QueryGateway queries, TransactionTemplate transactions) {
        this.commands = commands;
        this.queries = queries;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void seedEmptyCatalogue() {
        var agendas = queries.query(new FindAgendasQuery(), ResponseTypes.multipleInstancesOf(AgendaView.class)).join();
        if (!agendas.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> record());
        log.info("Recorded Mikroregion Ivančicko's catalogue: {} agendas, {} municipalities",
                IvancickoCatalogue.AGENDAS.size(), IvancickoCatalogue.MEMBERS.size());
    }

    private void record() {
        IvancickoCatalogue.AGENDAS.forEach(agenda -> commands.sendAndWait(
                new DefineAgendaCommand(AgendaCode.of(agenda.code()), agenda.name(), agenda.description()), SYSTEM));
        for (var member : IvancickoCatalogue.MEMBERS) {
            var code = MunicipalityCode.of(member.code());
            commands.sendAndWait(new JoinMunicipalityCommand(code, member.name(), member.mayorName()), SYSTEM);
            member.agendas().forEach(agenda -> commands.sendAndWait(new AgreeAgendaCommand(code,
                    AgendaCode.of(agenda), INITIAL_MEETING, "úvodní setkání"), SYSTEM));
        }
    }
}
