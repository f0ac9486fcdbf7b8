package cz.css.ledger.graphql;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgreeAgendaCommand;
import cz.css.ledger.api.DefineAgendaCommand;
import cz.css.ledger.api.EndAgendaAgreementCommand;
import cz.css.ledger.api.JoinMunicipalityCommand;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.graphql.Inputs.AgreeAgendaInput;
import cz.css.ledger.graphql.Inputs.DefineAgendaInput;
import cz.css.ledger.graphql.Inputs.EndAgendaAgreementInput;
import cz.css.ledger.graphql.Inputs.JoinMunicipalityInput;
import cz.css.ledger.query.api.AgendaView;
import cz.css.ledger.query.api.FindAgendasQuery;
import cz.css.ledger.query.api.FindMunicipalitiesQuery;
import cz.css.ledger.query.api.MunicipalityView;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The agenda catalogue: agendas, member municipalities and their agreements. Its projection runs
 * in the command's transaction, so a mutation's answer already shows the change.
 */
@Controller
class CatalogueController {
    /** The catalogue is kept by CSS supervisors. */
    static final String CATALOGUE_KEEPERS = "hasRole('SUPERVISOR')";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    CatalogueController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    CompletableFuture<List<MunicipalityView>> municipalities() {
        return queries.query(new FindMunicipalitiesQuery(), ResponseTypes.multipleInstancesOf(MunicipalityView.class));
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    CompletableFuture<List<AgendaView>> agendas() {
        return queries.query(new FindAgendasQuery(), ResponseTypes.multipleInstancesOf(AgendaView.class));
    }

    @MutationMapping
    @PreAuthorize(CATALOGUE_KEEPERS)
    CompletableFuture<AgendaPayload> defineAgenda(@Argument DefineAgendaInput input, Principal principal) {
        var code = AgendaCode.of(input.code());
        return commands.send(new DefineAgendaCommand(code, input.name(), input.description()),
                        Actor.of(principal).metaData())
                .thenCompose(done -> agendas())
                .thenApply(all -> new AgendaPayload(all.stream().filter(a -> a.code().equals(code.value()))
                        .findFirst().orElseThrow()));
    }

    @MutationMapping
    @PreAuthorize(CATALOGUE_KEEPERS)
    CompletableFuture<MunicipalityPayload> joinMunicipality(@Argument JoinMunicipalityInput input, Principal principal) {
        var code = MunicipalityCode.of(input.code());
        return send(code, new JoinMunicipalityCommand(code, input.name(), input.mayorName()), principal);
    }

    @MutationMapping
    @PreAuthorize(CATALOGUE_KEEPERS)
    CompletableFuture<MunicipalityPayload> agreeAgenda(@Argument AgreeAgendaInput input, Principal principal) {
        var code = MunicipalityCode.of(input.municipalityCode());
        return send(code, new AgreeAgendaCommand(code, AgendaCode.of(input.agendaCode()),
                Times.dayOrToday(input.agreedOn(), "day of agreement", clock), input.occasion()), principal);
    }

    @MutationMapping
    @PreAuthorize(CATALOGUE_KEEPERS)
    CompletableFuture<MunicipalityPayload> endAgendaAgreement(@Argument EndAgendaAgreementInput input,
            Principal principal) {
        var code = MunicipalityCode.of(input.municipalityCode());
        return send(code, new EndAgendaAgreementCommand(code, AgendaCode.of(input.agendaCode()),
                Times.dayOrToday(input.endedOn(), "day the agreement ends", clock), input.reason()), principal);
    }

    private CompletableFuture<MunicipalityPayload> send(MunicipalityCode code, Object command, Principal principal) {
        return commands.send(command, Actor.of(principal).metaData())
                .thenCompose(done -> municipalities())
                .thenApply(all -> new MunicipalityPayload(all.stream().filter(m -> m.code().equals(code.value()))
                        .findFirst().orElseThrow()));
    }

    record AgendaPayload(AgendaView agenda) {
    }

    record MunicipalityPayload(MunicipalityView municipality) {
    }
}
