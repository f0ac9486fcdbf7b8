package cz.css.ledger.graphql;

import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AssignRequestCommand;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.DeclineRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.NotifyCitizenCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.PrepareSupportingDocumentsCommand;
import cz.css.ledger.api.ReclassifyRequestCommand;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordReturnToCssCommand;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestCommand;
import cz.css.ledger.api.ReopenRequestCommand;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.api.WithdrawRequestCommand;
import cz.css.ledger.graphql.Inputs.AddInternalNoteInput;
import cz.css.ledger.graphql.Inputs.AssignRequestInput;
import cz.css.ledger.graphql.Inputs.CitizenInput;
import cz.css.ledger.graphql.Inputs.CloseRequestInput;
import cz.css.ledger.graphql.Inputs.DeclineRequestInput;
import cz.css.ledger.graphql.Inputs.InformMayorInput;
import cz.css.ledger.graphql.Inputs.NotifyCitizenInput;
import cz.css.ledger.graphql.Inputs.PrepareSupportingDocumentsInput;
import cz.css.ledger.graphql.Inputs.ReclassifyRequestInput;
import cz.css.ledger.graphql.Inputs.RecordMunicipalityResolutionInput;
import cz.css.ledger.graphql.Inputs.RecordReturnToCssInput;
import cz.css.ledger.graphql.Inputs.RegisterRequestInput;
import cz.css.ledger.graphql.Inputs.ReopenRequestInput;
import cz.css.ledger.graphql.Inputs.ResolveByCssInput;
import cz.css.ledger.graphql.Inputs.RouteToMunicipalityInput;
import cz.css.ledger.graphql.Inputs.WithdrawRequestInput;
import cz.css.ledger.graphql.RequestCommands.RequestPayload;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** One mutation per command of a request's life, for CSS staff; each answers the request after the change. */
@Controller
@PreAuthorize("hasAnyRole('STAFF', 'SUPERVISOR')")
class RequestMutationController {
    private final RequestCommands requests;
    private final Clock clock;

    RequestMutationController(RequestCommands requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @MutationMapping
    CompletableFuture<RequestPayload> registerRequest(@Argument RegisterRequestInput input, Principal principal) {
        Actor actor = Actor.of(principal);
        var command = new RegisterRequestCommand(UUID.randomUUID().toString(), input.idempotencyKey(),
                MunicipalityCode.of(input.municipalityCode()), AgendaCode.of(input.agendaCode()), input.kind(),
                input.channel(), input.subject(), PersonalText.of(input.description()), input.urgency(),
                citizen(input.citizen()), actor.user(), Times.instantOrNow(input.receivedAt(), "time of receipt", clock));
        return requests.register(command, actor);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> assignRequest(@Argument AssignRequestInput input, Principal principal) {
        return send(new AssignRequestCommand(input.requestId(), input.assignee()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> addInternalNote(@Argument AddInternalNoteInput input, Principal principal) {
        return send(new AddInternalNoteCommand(input.requestId(), input.note()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> reclassifyRequest(@Argument ReclassifyRequestInput input, Principal principal) {
        return send(new ReclassifyRequestCommand(input.requestId(), MunicipalityCode.of(input.municipalityCode()),
                AgendaCode.of(input.agendaCode()), input.kind(), input.reason()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> resolveByCss(@Argument ResolveByCssInput input, Principal principal) {
        return send(new ResolveByCssCommand(input.requestId(), input.resolution()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> informMayor(@Argument InformMayorInput input, Principal principal) {
        return send(new InformMayorCommand(input.requestId(), input.mayorName(), input.method(),
                Times.instantOrNow(input.informedAt(), "time the mayor was informed", clock), input.message()),
                principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> routeToMunicipality(@Argument RouteToMunicipalityInput input, Principal principal) {
        return send(new RouteToMunicipalityCommand(input.requestId(), input.recipient(), input.reason()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> prepareSupportingDocuments(@Argument PrepareSupportingDocumentsInput input,
            Principal principal) {
        return send(new PrepareSupportingDocumentsCommand(input.requestId(), input.documents()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> recordMunicipalityResolution(@Argument RecordMunicipalityResolutionInput input,
            Principal principal) {
        return send(new RecordMunicipalityResolutionCommand(input.requestId(), input.outcome()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> recordReturnToCss(@Argument RecordReturnToCssInput input, Principal principal) {
        return send(new RecordReturnToCssCommand(input.requestId(), input.reason()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> notifyCitizen(@Argument NotifyCitizenInput input, Principal principal) {
        return send(new NotifyCitizenCommand(input.requestId(), input.channel(), input.message()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> closeRequest(@Argument CloseRequestInput input, Principal principal) {
        return send(new CloseRequestCommand(input.requestId(), input.outcome(), input.summary()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> reopenRequest(@Argument ReopenRequestInput input, Principal principal) {
        return send(new ReopenRequestCommand(input.requestId(), input.reason()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> withdrawRequest(@Argument WithdrawRequestInput input, Principal principal) {
        return send(new WithdrawRequestCommand(input.requestId(), input.reason()), principal);
    }

    @MutationMapping
    CompletableFuture<RequestPayload> declineRequest(@Argument DeclineRequestInput input, Principal principal) {
        return send(new DeclineRequestCommand(input.requestId(), input.referralAdvice()), principal);
    }

    private CompletableFuture<RequestPayload> send(RequestCommand command, Principal principal) {
        return requests.change(command, Actor.of(principal));
    }

    private static CitizenContact citizen(CitizenInput input) {
        if (input == null) {
            return null;
        }
        return new CitizenContact(input.name(), input.email(), input.phone(), input.postalAddress());
    }
}
