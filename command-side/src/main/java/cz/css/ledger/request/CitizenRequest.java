package cz.css.ledger.request;

import static cz.css.ledger.api.RequestStatus.CLOSED;
import static cz.css.ledger.api.RequestStatus.DECLINED;
import static cz.css.ledger.api.RequestStatus.MAYOR_INFORMED;
import static cz.css.ledger.api.RequestStatus.RECEIVED;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_CSS;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.RETURNED_TO_CSS;
import static cz.css.ledger.api.RequestStatus.ROUTED_TO_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.WITHDRAWN;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AssignRequestCommand;
import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.DeclineRequestCommand;
import cz.css.ledger.api.ErasePersonalDataCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.InternalNoteAddedEvent;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.NotifyCitizenCommand;
import cz.css.ledger.api.PersonalDataErasedEvent;
import cz.css.ledger.api.PrepareSupportingDocumentsCommand;
import cz.css.ledger.api.ReclassifyRequestCommand;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordReturnToCssCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
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
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SupportingDocumentsPreparedEvent;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.api.WithdrawRequestCommand;
import cz.css.ledger.catalogue.AgendaAgreements;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One citizen request (podnět, žádost) and its whole life. Command handlers decide and apply;
 * event-sourcing handlers only assign. Every command handler returns the aggregate's version after
 * the change, so the API can wait until the read model shows it.
 */
@Aggregate(snapshotTriggerDefinition = "citizenRequestSnapshotTrigger", cache = "citizenRequestCache")
public class CitizenRequest {

    private static final Set<RequestStatus> WAITING_FOR_CSS = EnumSet.of(RECEIVED, RETURNED_TO_CSS);
    private static final Set<RequestStatus> IN_PROGRESS = EnumSet.of(RECEIVED, ROUTED_TO_MUNICIPALITY, RETURNED_TO_CSS);
    private static final Set<RequestStatus> WITH_OUTCOME =
            EnumSet.of(RESOLVED_BY_CSS, MAYOR_INFORMED, RESOLVED_BY_MUNICIPALITY, DECLINED, CLOSED);
    private static final Set<RequestStatus> CLOSABLE = EnumSet.of(MAYOR_INFORMED, RESOLVED_BY_MUNICIPALITY, DECLINED);
    private static final Set<RequestStatus> ENDED = EnumSet.of(CLOSED, WITHDRAWN);

    @AggregateIdentifier
    private String requestId;
    private String registrationNumber;
    private RequestStatus status;
    private MunicipalityCode municipality;
    private AgendaCode agenda;
    private RequestKind kind;
    private Instant receivedAt;
    private String assignee;
    private boolean personalDataErased;
    // The satisfaction survey of the current closing; cleared when the request is reopened.
    private String surveyId;
    private Instant surveyOfferedAt;
    private Instant surveyAnswerBy;
    private boolean surveyAnswered;

    protected CitizenRequest() {
        // for Axon
    }

    CitizenRequest(RegisterRequestCommand command, String registrationNumber) {
        apply(new RequestRegisteredEvent(command.requestId(), registrationNumber, command.municipality(),
                command.agenda(), command.kind(), command.channel(), command.subject(), command.description(),
                command.urgency(), command.citizen(), command.registeredBy(), command.receivedAt(),
                RespondByPolicy.respondBy(command.kind(), command.receivedAt())));
    }

    @CommandHandler
    long handle(AssignRequestCommand command) {
        assertNotEnded("be assigned");
        if (command.assignee().equals(assignee)) {
            throw refused("is already assigned to " + assignee);
        }
        return applied(new RequestAssignedEvent(requestId, command.assignee(), assignee));
    }

    @CommandHandler
    long handle(AddInternalNoteCommand command) {
        return applied(new InternalNoteAddedEvent(requestId, command.note()));
    }

    @CommandHandler
    long handle(ReclassifyRequestCommand command) {
        assertWaitingForCss("be reclassified");
        if (command.municipality().equals(municipality) && command.agenda().equals(agenda)
                && command.kind() == kind) {
            throw refused("already has municipality " + municipality + ", agenda " + agenda + " and kind " + kind
                    + "; reclassification must change one of them");
        }
        return applied(new RequestReclassifiedEvent(requestId, command.municipality(), command.agenda(),
                command.kind(), RespondByPolicy.respondBy(command.kind(), receivedAt), command.reason()));
    }

    @CommandHandler
    long handle(ResolveByCssCommand command, AgendaAgreements agreements, Clock clock) {
        assertWaitingForCss("be resolved by the CSS");
        assertAgendaAgreed(agreements, Times.pragueToday(clock), "resolve it");
        return applied(new RequestResolvedByCssEvent(requestId, command.resolution()));
    }

    @CommandHandler
    long handle(InformMayorCommand command) {
        assertStatus(RESOLVED_BY_CSS, "only a request resolved by the CSS can record that the mayor was informed");
        return applied(new MayorInformedEvent(requestId, municipality, command.mayorName(), command.method(),
                command.informedAt(), command.message()));
    }

    @CommandHandler
    long handle(RouteToMunicipalityCommand command, AgendaAgreements agreements, Clock clock) {
        assertWaitingForCss("be routed to the municipality");
        assertAgendaAgreed(agreements, Times.pragueToday(clock), "route it");
        return applied(new RequestRoutedToMunicipalityEvent(requestId, municipality, command.recipient(),
                command.reason()));
    }

    @CommandHandler
    long handle(PrepareSupportingDocumentsCommand command) {
        assertStatus(ROUTED_TO_MUNICIPALITY, "supporting documents are prepared only for a routed request");
        return applied(new SupportingDocumentsPreparedEvent(requestId, command.documents()));
    }

    @CommandHandler
    long handle(RecordMunicipalityResolutionCommand command) {
        assertStatus(ROUTED_TO_MUNICIPALITY, "only a request routed to the municipality can be resolved by it");
        return applied(new MunicipalityResolvedRequestEvent(requestId, command.outcome()));
    }

    @CommandHandler
    long handle(RecordReturnToCssCommand command) {
        assertStatus(ROUTED_TO_MUNICIPALITY, "only a request routed to the municipality can be returned by it");
        return applied(new RequestReturnedToCssEvent(requestId, command.reason()));
    }

    @CommandHandler
    long handle(NotifyCitizenCommand command) {
        if (!WITH_OUTCOME.contains(status)) {
            throw refused("has no outcome yet; the citizen can be notified once it is resolved or declined");
        }
        return applied(new CitizenNotifiedEvent(requestId, command.channel(), command.message()));
    }

    @CommandHandler
    long handle(CloseRequestCommand command) {
        if (status == RESOLVED_BY_CSS) {
            throw refused("was resolved by the CSS and the mayor has not been informed yet; "
                    + "inform the mayor before closing");
        }
        if (!CLOSABLE.contains(status)) {
            throw refused("cannot be closed; only a request resolved (and the mayor informed) or declined can be");
        }
        return applied(new RequestClosedEvent(requestId, command.outcome(), command.summary()));
    }

    @CommandHandler
    long handle(ReopenRequestCommand command) {
        if (status != CLOSED && status != DECLINED) {
            throw refused("is not closed or declined; only those can be reopened");
        }
        return applied(new RequestReopenedEvent(requestId, command.reason(), status));
    }

    @CommandHandler
    long handle(WithdrawRequestCommand command) {
        if (!IN_PROGRESS.contains(status)) {
            throw refused("already has an outcome or has ended; "
                    + "only a request still in progress (received, routed or returned) can be withdrawn");
        }
        return applied(new RequestWithdrawnEvent(requestId, command.reason()));
    }

    @CommandHandler
    long handle(DeclineRequestCommand command, AgendaAgreements agreements, Clock clock) {
        assertWaitingForCss("be declined");
        LocalDate today = Times.pragueToday(clock);
        if (agreements.isAgreedOn(municipality, agenda, today)) {
            throw refused("is in agenda " + agenda + ", which municipality " + municipality
                    + " has agreed to as of " + Times.prague(today)
                    + "; only a request outside the agreed agendas can be declined");
        }
        return applied(new RequestDeclinedEvent(requestId, agenda, command.referralAdvice()));
    }

    /**
     * Offers the satisfaction survey of the current closing. Called by {@link SatisfactionSurveys},
     * which issues the one-time code in the same transaction.
     */
    long offerSurvey(String newSurveyId, NotificationChannel channel, Instant offeredAt, Instant answerBy) {
        if (status != CLOSED) {
            throw refused("cannot be offered the satisfaction survey; it is offered only once a request is closed");
        }
        if (surveyId != null) {
            throw refused("was already offered the satisfaction survey on " + Times.prague(surveyOfferedAt)
                    + "; it is offered once per closing");
        }
        return applied(new SatisfactionSurveyOfferedEvent(requestId, newSurveyId, channel, offeredAt, answerBy));
    }

    @CommandHandler
    long handle(RecordSatisfactionByPhoneCommand command) {
        return answerSurvey(surveyId, command.answer(), SurveyRespondent.STAFF_BY_PHONE, command.answeredAt());
    }

    /**
     * Records the answer to the survey {@code answeredSurveyId}, which must be the survey of the
     * current closing, still unanswered and not yet past its answer-by time.
     */
    long answerSurvey(String answeredSurveyId, SatisfactionAnswer answer, SurveyRespondent respondent,
            Instant answeredAt) {
        assertSurveyOpen(answeredSurveyId, answeredAt);
        return applied(new SatisfactionRecordedEvent(requestId, surveyId, answer.score(), answer.resolved(),
                answer.comment(), respondent, answeredAt));
    }

    private void assertSurveyOpen(String answeredSurveyId, Instant answeredAt) {
        if (answeredSurveyId != null && !answeredSurveyId.equals(surveyId)) {
            throw refused("no longer has the satisfaction survey this answer belongs to: it was withdrawn when the "
                    + "request was reopened");
        }
        if (surveyId == null) {
            throw refused(status == CLOSED
                    ? "has not been offered the satisfaction survey since it was closed; there is nothing to answer"
                    : "has not been closed; the satisfaction survey can be answered only after closing and the offer");
        }
        if (surveyAnswered) {
            throw refused("already has an answer to the satisfaction survey offered on " + Times.prague(surveyOfferedAt)
                    + "; only one answer is recorded");
        }
        if (answeredAt.isAfter(surveyAnswerBy)) {
            throw refused("was offered the satisfaction survey on " + Times.prague(surveyOfferedAt)
                    + "; answers were accepted until " + Times.prague(surveyAnswerBy) + ", so an answer on "
                    + Times.prague(answeredAt) + " is too late");
        }
        if (answeredAt.isBefore(surveyOfferedAt)) {
            throw refused("was offered the satisfaction survey on " + Times.prague(surveyOfferedAt)
                    + "; an answer dated " + Times.prague(answeredAt) + " would precede the offer");
        }
    }

    @CommandHandler
    long handle(ErasePersonalDataCommand command) {
        if (personalDataErased) {
            throw refused("has had its personal data erased already");
        }
        return applied(new PersonalDataErasedEvent(requestId, command.reason()));
    }

    private long applied(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }

    private void assertNotEnded(String action) {
        if (ENDED.contains(status)) {
            throw refused("has ended and cannot " + action);
        }
    }

    private void assertWaitingForCss(String action) {
        if (!WAITING_FOR_CSS.contains(status)) {
            throw refused("cannot " + action + "; only a request received or returned to the CSS can");
        }
    }

    private void assertStatus(RequestStatus required, String rule) {
        if (status != required) {
            throw refused("cannot do that: " + rule);
        }
    }

    /** The agenda must be agreed on the day of the decision (in Prague), not merely recorded. */
    private void assertAgendaAgreed(AgendaAgreements agreements, LocalDate today, String action) {
        if (!agreements.isAgreedOn(municipality, agenda, today)) {
            throw refused("is in agenda " + agenda + ", which municipality " + municipality
                    + " has not agreed to as of " + Times.prague(today) + "; the CSS cannot " + action
                    + " and may decline it with advice");
        }
    }

    private RequestRuleViolation refused(String stateAndRule) {
        return new RequestRuleViolation(registrationNumber, status, stateAndRule);
    }

    @EventSourcingHandler
    void on(RequestRegisteredEvent event) {
        requestId = event.requestId();
        registrationNumber = event.registrationNumber();
        status = RECEIVED;
        municipality = event.municipality();
        agenda = event.agenda();
        kind = event.kind();
        receivedAt = event.receivedAt();
    }

    @EventSourcingHandler
    void on(RequestAssignedEvent event) {
        assignee = event.assignee();
    }

    @EventSourcingHandler
    void on(RequestReclassifiedEvent event) {
        municipality = event.municipality();
        agenda = event.agenda();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(RequestResolvedByCssEvent event) {
        status = RESOLVED_BY_CSS;
    }

    @EventSourcingHandler
    void on(MayorInformedEvent event) {
        status = MAYOR_INFORMED;
    }

    @EventSourcingHandler
    void on(RequestRoutedToMunicipalityEvent event) {
        status = ROUTED_TO_MUNICIPALITY;
    }

    @EventSourcingHandler
    void on(MunicipalityResolvedRequestEvent event) {
        status = RESOLVED_BY_MUNICIPALITY;
    }

    @EventSourcingHandler
    void on(RequestReturnedToCssEvent event) {
        status = RETURNED_TO_CSS;
    }

    @EventSourcingHandler
    void on(RequestClosedEvent event) {
        status = CLOSED;
    }

    @EventSourcingHandler
    void on(RequestReopenedEvent event) {
        status = RECEIVED;
        surveyId = null;
        surveyOfferedAt = null;
        surveyAnswerBy = null;
        surveyAnswered = false;
    }

    @EventSourcingHandler
    void on(SatisfactionSurveyOfferedEvent event) {
        surveyId = event.surveyId();
        surveyOfferedAt = event.offeredAt();
        surveyAnswerBy = event.answerBy();
        surveyAnswered = false;
    }

    @EventSourcingHandler
    void on(SatisfactionRecordedEvent event) {
        surveyAnswered = true;
    }

    @EventSourcingHandler
    void on(RequestWithdrawnEvent event) {
        status = WITHDRAWN;
    }

    @EventSourcingHandler
    void on(RequestDeclinedEvent event) {
        status = DECLINED;
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        personalDataErased = true;
    }

    @Override
    public String toString() {
        return "CitizenRequest " + Objects.toString(registrationNumber, requestId) + " (" + status + ")";
    }
}
