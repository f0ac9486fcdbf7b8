package cz.css.ledger.request;

import static cz.css.ledger.api.RequestStatus.CLOSED;

import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AssignRequestCommand;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.DeclineRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.NotifyCitizenCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.PrepareSupportingDocumentsCommand;
import cz.css.ledger.api.ReclassifyRequestCommand;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordReturnToCssCommand;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.ReopenRequestCommand;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.api.SupportingDocumentsPreparedEvent;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.api.WithdrawRequestCommand;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for one citizen request: its commands, its events and the histories that bring it
 * into each status, so fixture tests read as sentences.
 */
final class Requests {
    static final String ID = "3f2b8c1e-5d4a-4b6f-9a7e-0c1d2e3f4a5b";
    static final String OTHER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String NUMBER = "CSS-2026-000001";
    static final MunicipalityCode IVANCICE = MunicipalityCode.of("583286");
    static final MunicipalityCode OSLAVANY = MunicipalityCode.of("583669");
    static final AgendaCode WASTE = AgendaCode.of("WASTE_COLLECTION");
    static final AgendaCode ROADS = AgendaCode.of("LOCAL_ROADS");
    /** 2 March 2026, 10:15 in Prague. */
    static final Instant RECEIVED_AT = Instant.parse("2026-03-02T09:15:00Z");
    /** 2 March 2026 + 30 days for an ordinary request. */
    static final LocalDate RESPOND_BY = LocalDate.parse("2026-04-01");
    static final CitizenContact CITIZEN = new CitizenContact("Jana Dvořáková", "jana.dvorakova@example.cz", null, null);
    static final String CLERK = "petra.novakova";
    static final String OTHER_CLERK = "tomas.svoboda";

    private Requests() {
    }

    static RegisterRequestCommand registration(String id) {
        return registration(id, null, RequestKind.REQUEST, RECEIVED_AT);
    }

    static RegisterRequestCommand registration(String id, String idempotencyKey, RequestKind kind, Instant receivedAt) {
        return new RegisterRequestCommand(id, idempotencyKey, IVANCICE, WASTE, kind, Channel.PHONE,
                "Nevyvezený kontejner na tříděný odpad", PersonalText.of("Kontejner u školy nebyl týden vyvezen."),
                Urgency.NORMAL, CITIZEN, CLERK, receivedAt);
    }

    /** The event the registration command records under the given number and response day. */
    static RequestRegisteredEvent registeredAs(RegisterRequestCommand command, String number, LocalDate respondBy) {
        return new RequestRegisteredEvent(command.requestId(), number, command.municipality(), command.agenda(),
                command.kind(), command.channel(), command.subject(), command.description(), command.urgency(),
                command.citizen(), command.registeredBy(), command.receivedAt(), respondBy);
    }

    static RequestRegisteredEvent registered(String id) {
        return registeredAs(registration(id), NUMBER, RESPOND_BY);
    }

    /** The events that bring a freshly registered request into the given status. */
    static List<Object> in(RequestStatus status) {
        List<Object> history = new ArrayList<>(List.of(registered(ID)));
        history.addAll(switch (status) {
            case RECEIVED -> List.of();
            case RESOLVED_BY_CSS -> List.of(resolvedByCss(ID));
            case MAYOR_INFORMED -> List.of(resolvedByCss(ID), mayorInformed(ID));
            case ROUTED_TO_MUNICIPALITY -> List.of(routed(ID));
            case RESOLVED_BY_MUNICIPALITY -> List.of(routed(ID), resolvedByMunicipality(ID));
            case RETURNED_TO_CSS -> List.of(routed(ID), returnedToCss(ID));
            case DECLINED -> List.of(declined(ID));
            case WITHDRAWN -> List.of(withdrawn(ID));
            case CLOSED -> List.of(resolvedByCss(ID), mayorInformed(ID), closed(ID));
        });
        return history;
    }

    /** The history of the given status followed by more events. */
    static List<Object> in(RequestStatus status, Object... then) {
        List<Object> history = in(status);
        history.addAll(List.of(then));
        return history;
    }

    /** The version a command handler returns after applying one event to this history. */
    static long versionAfterOneMoreEvent(List<Object> history) {
        return history.size();
    }

    // events

    static RequestAssignedEvent assigned(String id, String assignee, String previousAssignee) {
        return new RequestAssignedEvent(id, assignee, previousAssignee);
    }

    static RequestReclassifiedEvent reclassified(String id, MunicipalityCode municipality, AgendaCode agenda,
            RequestKind kind, LocalDate respondBy) {
        return new RequestReclassifiedEvent(id, municipality, agenda, kind, respondBy, "Opraveno při kontrole");
    }

    static RequestResolvedByCssEvent resolvedByCss(String id) {
        return new RequestResolvedByCssEvent(id, "Svozová firma kontejner vyvezla.");
    }

    static MayorInformedEvent mayorInformed(String id) {
        return new MayorInformedEvent(id, IVANCICE, "Milan Buček", MayorContactMethod.EMAIL,
                Instant.parse("2026-03-05T08:00:00Z"), "CSS vyřídilo stížnost na svoz odpadu.");
    }

    static RequestRoutedToMunicipalityEvent routed(String id) {
        return new RequestRoutedToMunicipalityEvent(id, IVANCICE, "Odbor životního prostředí",
                "Svoz objednává obec.");
    }

    static SupportingDocumentsPreparedEvent documentsPrepared(String id) {
        return new SupportingDocumentsPreparedEvent(id, "Fotodokumentace a harmonogram svozu");
    }

    static MunicipalityResolvedRequestEvent resolvedByMunicipality(String id) {
        return new MunicipalityResolvedRequestEvent(id, "Obec objednala mimořádný svoz.");
    }

    static RequestReturnedToCssEvent returnedToCss(String id) {
        return new RequestReturnedToCssEvent(id, "Věc nepatří do působnosti odboru.");
    }

    static CitizenNotifiedEvent citizenNotified(String id) {
        return new CitizenNotifiedEvent(id, NotificationChannel.EMAIL, "Kontejner byl vyvezen.");
    }

    static RequestClosedEvent closed(String id) {
        return closed(id, CloseOutcome.RESOLVED);
    }

    static RequestClosedEvent closed(String id, CloseOutcome outcome) {
        return new RequestClosedEvent(id, outcome, "Vyřízeno.");
    }

    static RequestReopenedEvent reopened(String id, RequestStatus from) {
        return new RequestReopenedEvent(id, "Občan se ozval znovu.", from);
    }

    static RequestWithdrawnEvent withdrawn(String id) {
        return new RequestWithdrawnEvent(id, "Občan vzal podnět zpět.");
    }

    static RequestDeclinedEvent declined(String id) {
        return new RequestDeclinedEvent(id, WASTE, "Obraťte se na krajský úřad.");
    }

    // commands

    static AssignRequestCommand assign(String id, String assignee) {
        return new AssignRequestCommand(id, assignee);
    }

    static AddInternalNoteCommand note(String id) {
        return new AddInternalNoteCommand(id, "Občan volal podruhé.");
    }

    static ReclassifyRequestCommand reclassify(String id, MunicipalityCode municipality, AgendaCode agenda,
            RequestKind kind) {
        return new ReclassifyRequestCommand(id, municipality, agenda, kind, "Opraveno při kontrole");
    }

    static ResolveByCssCommand resolveByCss(String id) {
        return new ResolveByCssCommand(id, resolvedByCss(id).resolution());
    }

    static InformMayorCommand informMayor(String id) {
        MayorInformedEvent event = mayorInformed(id);
        return new InformMayorCommand(id, event.mayorName(), event.method(), event.informedAt(), event.message());
    }

    static RouteToMunicipalityCommand route(String id) {
        RequestRoutedToMunicipalityEvent event = routed(id);
        return new RouteToMunicipalityCommand(id, event.recipient(), event.reason());
    }

    static PrepareSupportingDocumentsCommand prepareDocuments(String id) {
        return new PrepareSupportingDocumentsCommand(id, documentsPrepared(id).documents());
    }

    static RecordMunicipalityResolutionCommand recordMunicipalityResolution(String id) {
        return new RecordMunicipalityResolutionCommand(id, resolvedByMunicipality(id).outcome());
    }

    static RecordReturnToCssCommand recordReturnToCss(String id) {
        return new RecordReturnToCssCommand(id, returnedToCss(id).reason());
    }

    static NotifyCitizenCommand notifyCitizen(String id) {
        CitizenNotifiedEvent event = citizenNotified(id);
        return new NotifyCitizenCommand(id, event.channel(), event.message());
    }

    static CloseRequestCommand close(String id) {
        return close(id, CloseOutcome.RESOLVED);
    }

    static CloseRequestCommand close(String id, CloseOutcome outcome) {
        return new CloseRequestCommand(id, outcome, closed(id).summary());
    }

    static ReopenRequestCommand reopen(String id) {
        return new ReopenRequestCommand(id, reopened(id, CLOSED).reason());
    }

    static WithdrawRequestCommand withdraw(String id) {
        return new WithdrawRequestCommand(id, withdrawn(id).reason());
    }

    static DeclineRequestCommand decline(String id) {
        return new DeclineRequestCommand(id, declined(id).referralAdvice());
    }
}
