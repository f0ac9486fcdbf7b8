package cz.css.ledger.request;

import cz.css.ledger.api.ErasePersonalDataCommand;
import cz.css.ledger.api.PersonalDataErasedEvent;

import static cz.css.ledger.api.RequestStatus.CLOSED;
import static cz.css.ledger.api.RequestStatus.DECLINED;
import static cz.css.ledger.api.RequestStatus.MAYOR_INFORMED;
import static cz.css.ledger.api.RequestStatus.RECEIVED;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_CSS;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.RETURNED_TO_CSS;
import static cz.css.ledger.api.RequestStatus.ROUTED_TO_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.WITHDRAWN;
import static cz.css.ledger.request.Refusals.refusedIn;
import static cz.css.ledger.request.Requests.CLERK;
import static cz.css.ledger.request.Requests.ID;
import static cz.css.ledger.request.Requests.IVANCICE;
import static cz.css.ledger.request.Requests.OSLAVANY;
import static cz.css.ledger.request.Requests.OTHER_CLERK;
import static cz.css.ledger.request.Requests.RESPOND_BY;
import static cz.css.ledger.request.Requests.ROADS;
import static cz.css.ledger.request.Requests.WASTE;
import static cz.css.ledger.request.Requests.assign;
import static cz.css.ledger.request.Requests.assigned;
import static cz.css.ledger.request.Requests.citizenNotified;
import static cz.css.ledger.request.Requests.close;
import static cz.css.ledger.request.Requests.closed;
import static cz.css.ledger.request.Requests.decline;
import static cz.css.ledger.request.Requests.declined;
import static cz.css.ledger.request.Requests.documentsPrepared;
import static cz.css.ledger.request.Requests.in;
import static cz.css.ledger.request.Requests.informMayor;
import static cz.css.ledger.request.Requests.mayorInformed;
import static cz.css.ledger.request.Requests.note;
import static cz.css.ledger.request.Requests.notifyCitizen;
import static cz.css.ledger.request.Requests.prepareDocuments;
import static cz.css.ledger.request.Requests.reclassified;
import static cz.css.ledger.request.Requests.reclassify;
import static cz.css.ledger.request.Requests.recordMunicipalityResolution;
import static cz.css.ledger.request.Requests.recordReturnToCss;
import static cz.css.ledger.request.Requests.registered;
import static cz.css.ledger.request.Requests.reopen;
import static cz.css.ledger.request.Requests.reopened;
import static cz.css.ledger.request.Requests.resolveByCss;
import static cz.css.ledger.request.Requests.resolvedByCss;
import static cz.css.ledger.request.Requests.resolvedByMunicipality;
import static cz.css.ledger.request.Requests.returnedToCss;
import static cz.css.ledger.request.Requests.route;
import static cz.css.ledger.request.Requests.routed;
import static cz.css.ledger.request.Requests.versionAfterOneMoreEvent;
import static cz.css.ledger.request.Requests.withdraw;
import static cz.css.ledger.request.Requests.withdrawn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;
import static org.junit.jupiter.params.provider.EnumSource.Mode.INCLUDE;

import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.InternalNoteAddedEvent;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CitizenRequestTest {
    /** Decisions are taken at 00:30 on 2 March 2026 in Prague, still 1 March in UTC. */
    private static final Clock JUST_AFTER_MIDNIGHT_IN_PRAGUE =
            Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate DECISION_DAY = LocalDate.parse("2026-03-02");

    private FixtureConfiguration<CitizenRequest> fixture;
    private FakeAgendaAgreements agreements;

    @BeforeEach
    void setUp() {
        agreements = new FakeAgendaAgreements();
        fixture = new AggregateTestFixture<>(CitizenRequest.class);
        fixture.registerInjectableResource(agreements);
        fixture.registerInjectableResource(JUST_AFTER_MIDNIGHT_IN_PRAGUE);
    }

    private void agendaIsAgreed() {
        agreements.agree(IVANCICE, WASTE);
    }

    @Nested
    class Assigning {

        @Test
        void canAssignReceivedRequest() {
            fixture.given(registered(ID))
                    .when(assign(ID, CLERK))
                    .expectEvents(assigned(ID, CLERK, null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void canReassignToAnotherStaffMember() {
            fixture.given(registered(ID), assigned(ID, CLERK, null))
                    .when(assign(ID, OTHER_CLERK))
                    .expectEvents(assigned(ID, OTHER_CLERK, CLERK))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void cannotAssignTheSamePersonAgain() {
            fixture.given(registered(ID), assigned(ID, CLERK, null))
                    .when(assign(ID, "  " + CLERK + " "))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("is already assigned to " + CLERK));
        }

        @Test
        void canAssignTheFormerAssigneeAgainAfterReassignment() {
            fixture.given(registered(ID), assigned(ID, CLERK, null), assigned(ID, OTHER_CLERK, CLERK))
                    .when(assign(ID, CLERK))
                    .expectEvents(assigned(ID, CLERK, OTHER_CLERK));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"CLOSED", "WITHDRAWN"})
        void canAssignRequestThatHasNotEnded(RequestStatus status) {
            List<Object> history = in(status);
            fixture.given(history)
                    .when(assign(ID, CLERK))
                    .expectEvents(assigned(ID, CLERK, null))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = INCLUDE, names = {"CLOSED", "WITHDRAWN"})
        void cannotAssignEndedRequest(RequestStatus status) {
            fixture.given(in(status))
                    .when(assign(ID, CLERK))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("has ended and cannot be assigned"));
        }
    }

    @Nested
    class Noting {

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void canAddInternalNoteInAnyState(RequestStatus status) {
            List<Object> history = in(status);
            fixture.given(history)
                    .when(note(ID))
                    .expectEvents(new InternalNoteAddedEvent(ID, note(ID).note()))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }
    }

    @Nested
    class Reclassifying {

        @Test
        void canReclassifyReceivedRequestAsComplaintWithLongerResponseTime() {
            fixture.given(registered(ID))
                    .when(reclassify(ID, IVANCICE, WASTE, RequestKind.COMPLAINT))
                    .expectEvents(reclassified(ID, IVANCICE, WASTE, RequestKind.COMPLAINT,
                            LocalDate.parse("2026-05-01")))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void canReclassifyAsInformationRequestWithShorterResponseTime() {
            fixture.given(registered(ID))
                    .when(reclassify(ID, IVANCICE, WASTE, RequestKind.INFORMATION_REQUEST))
                    .expectEvents(reclassified(ID, IVANCICE, WASTE, RequestKind.INFORMATION_REQUEST,
                            LocalDate.parse("2026-03-17")));
        }

        @Test
        void canMoveRequestToAnotherMunicipalityKeepingTheResponseDay() {
            fixture.given(registered(ID))
                    .when(reclassify(ID, OSLAVANY, WASTE, RequestKind.REQUEST))
                    .expectEvents(reclassified(ID, OSLAVANY, WASTE, RequestKind.REQUEST, RESPOND_BY));
        }

        @Test
        void canMoveRequestToAnotherAgenda() {
            fixture.given(registered(ID))
                    .when(reclassify(ID, IVANCICE, ROADS, RequestKind.REQUEST))
                    .expectEvents(reclassified(ID, IVANCICE, ROADS, RequestKind.REQUEST, RESPOND_BY));
        }

        @Test
        void canReclassifyRequestReturnedToCss() {
            List<Object> history = in(RETURNED_TO_CSS);
            fixture.given(history)
                    .when(reclassify(ID, OSLAVANY, ROADS, RequestKind.SUGGESTION))
                    .expectEvents(reclassified(ID, OSLAVANY, ROADS, RequestKind.SUGGESTION, RESPOND_BY))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void respondByCountsFromTheReceiptDayInPrague() {
            // 23:30 UTC on 1 March is already 2 March in Prague
            var lateEvening = Requests.registeredAs(
                    Requests.registration(ID, null, RequestKind.REQUEST, Instant.parse("2026-03-01T23:30:00Z")),
                    Requests.NUMBER, RESPOND_BY);
            fixture.given(lateEvening)
                    .when(reclassify(ID, IVANCICE, WASTE, RequestKind.INFORMATION_REQUEST))
                    .expectEvents(reclassified(ID, IVANCICE, WASTE, RequestKind.INFORMATION_REQUEST,
                            LocalDate.parse("2026-03-17")));
        }

        @Test
        void cannotReclassifyWithoutChangingAnything() {
            fixture.given(registered(ID))
                    .when(reclassify(ID, IVANCICE, WASTE, RequestKind.REQUEST))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("reclassification must change one of them"));
        }

        @Test
        void cannotReclassifyToTheClassificationItAlreadyGotByReclassification() {
            fixture.given(registered(ID), reclassified(ID, OSLAVANY, ROADS, RequestKind.COMPLAINT, RESPOND_BY))
                    .when(reclassify(ID, OSLAVANY, ROADS, RequestKind.COMPLAINT))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("already has municipality 583669, agenda LOCAL_ROADS "
                            + "and kind COMPLAINT"));
        }

        @Test
        void canReclassifyBackToTheOriginalClassification() {
            fixture.given(registered(ID), reclassified(ID, OSLAVANY, ROADS, RequestKind.COMPLAINT, RESPOND_BY))
                    .when(reclassify(ID, IVANCICE, WASTE, RequestKind.REQUEST))
                    .expectEvents(reclassified(ID, IVANCICE, WASTE, RequestKind.REQUEST, RESPOND_BY));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"RECEIVED", "RETURNED_TO_CSS"})
        void cannotReclassifyRequestThatIsNotWaitingForCss(RequestStatus status) {
            fixture.given(in(status))
                    .when(reclassify(ID, OSLAVANY, WASTE, RequestKind.REQUEST))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("cannot be reclassified"));
        }
    }

    @Nested
    class ResolvingByCss {

        @Test
        void canResolveReceivedRequestUnderAgreedAgenda() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .when(resolveByCss(ID))
                    .expectEvents(resolvedByCss(ID))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void canResolveRequestReturnedByMunicipality() {
            agendaIsAgreed();
            List<Object> history = in(RETURNED_TO_CSS);
            fixture.given(history)
                    .when(resolveByCss(ID))
                    .expectEvents(resolvedByCss(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canResolveReopenedRequest() {
            agendaIsAgreed();
            fixture.given(in(CLOSED, reopened(ID, CLOSED)))
                    .when(resolveByCss(ID))
                    .expectEvents(resolvedByCss(ID));
        }

        @Test
        void cannotResolveRequestInAgendaTheMunicipalityHasNotAgreed() {
            fixture.given(registered(ID))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(allOf(
                            containsString("agenda WASTE_COLLECTION, which municipality 583286 has not agreed to"),
                            containsString("cannot resolve it")));
        }

        @Test
        void canResolveUnderAnAgreementInEffectFromThePragueDayOfTheDecision() {
            agreements.agreeFrom(IVANCICE, WASTE, DECISION_DAY);
            fixture.given(registered(ID))
                    .when(resolveByCss(ID))
                    .expectEvents(resolvedByCss(ID));
        }

        @Test
        void cannotResolveUnderAnAgreementThatTakesEffectOnALaterDay() {
            agreements.agreeFrom(IVANCICE, WASTE, DECISION_DAY.plusDays(1));
            fixture.given(registered(ID))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("583286 has not agreed to as of 2. 3. 2026"));
        }

        @Test
        void checksTheAgreementOfTheReclassifiedMunicipalityAndAgenda() {
            agreements.agree(OSLAVANY, ROADS);
            fixture.given(registered(ID), reclassified(ID, OSLAVANY, ROADS, RequestKind.REQUEST, RESPOND_BY))
                    .when(resolveByCss(ID))
                    .expectEvents(resolvedByCss(ID));
        }

        @Test
        void cannotResolveWhenOnlyTheOriginalAgendaIsAgreed() {
            agendaIsAgreed();
            fixture.given(registered(ID), reclassified(ID, IVANCICE, ROADS, RequestKind.REQUEST, RESPOND_BY))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("agenda LOCAL_ROADS"));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"RECEIVED", "RETURNED_TO_CSS"})
        void cannotResolveRequestThatIsNotWaitingForCss(RequestStatus status) {
            agendaIsAgreed();
            fixture.given(in(status))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("cannot be resolved by the CSS"));
        }
    }

    @Nested
    class InformingTheMayor {

        @Test
        void canInformMayorAfterCssResolution() {
            List<Object> history = in(RESOLVED_BY_CSS);
            fixture.given(history)
                    .when(informMayor(ID))
                    .expectEvents(mayorInformed(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void informsTheMayorOfTheMunicipalityTheRequestWasReclassifiedTo() {
            var informed = mayorInformed(ID);
            fixture.given(registered(ID), reclassified(ID, OSLAVANY, WASTE, RequestKind.REQUEST, RESPOND_BY),
                            resolvedByCss(ID))
                    .when(informMayor(ID))
                    .expectEvents(new MayorInformedEvent(ID, OSLAVANY, informed.mayorName(),
                            informed.method(), informed.informedAt(), informed.message()));
        }

        @Test
        void canInformMayorAfterCitizenWasNotified() {
            fixture.given(in(RESOLVED_BY_CSS, citizenNotified(ID)))
                    .when(informMayor(ID))
                    .expectEvents(mayorInformed(ID));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "RESOLVED_BY_CSS")
        void cannotInformMayorUnlessCssResolvedTheRequest(RequestStatus status) {
            fixture.given(in(status))
                    .when(informMayor(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString(
                            "only a request resolved by the CSS can record that the mayor was informed"));
        }
    }

    @Nested
    class Routing {

        @Test
        void canRouteReceivedRequest() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .when(route(ID))
                    .expectEvents(routed(ID))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void canRouteReturnedRequestAgain() {
            agendaIsAgreed();
            List<Object> history = in(RETURNED_TO_CSS);
            fixture.given(history)
                    .when(route(ID))
                    .expectEvents(routed(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void routesToTheMunicipalityTheRequestWasReclassifiedTo() {
            agreements.agree(OSLAVANY, WASTE);
            var routing = routed(ID);
            fixture.given(registered(ID), reclassified(ID, OSLAVANY, WASTE, RequestKind.REQUEST, RESPOND_BY))
                    .when(route(ID))
                    .expectEvents(new RequestRoutedToMunicipalityEvent(ID, OSLAVANY,
                            routing.recipient(), routing.reason()));
        }

        @Test
        void cannotRouteRequestInAgendaTheMunicipalityHasNotAgreed() {
            fixture.given(registered(ID))
                    .when(route(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(allOf(containsString("has not agreed to"),
                            containsString("cannot route it")));
        }

        @Test
        void canRouteOnTheLastDayBeforeTheAgreementEnds() {
            agreements.agreeUntil(IVANCICE, WASTE, DECISION_DAY.plusDays(1));
            fixture.given(registered(ID))
                    .when(route(ID))
                    .expectEvents(routed(ID));
        }

        @Test
        void cannotRouteOnTheDayTheAgreementEnds() {
            agreements.agreeUntil(IVANCICE, WASTE, DECISION_DAY);
            fixture.given(registered(ID))
                    .when(route(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("has not agreed to as of 2. 3. 2026"));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"RECEIVED", "RETURNED_TO_CSS"})
        void cannotRouteRequestThatIsNotWaitingForCss(RequestStatus status) {
            agendaIsAgreed();
            fixture.given(in(status))
                    .when(route(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("cannot be routed to the municipality"));
        }
    }

    @Nested
    class PreparingSupportingDocuments {

        @Test
        void canPrepareSupportingDocumentsForRoutedRequest() {
            List<Object> history = in(ROUTED_TO_MUNICIPALITY);
            fixture.given(history)
                    .when(prepareDocuments(ID))
                    .expectEvents(documentsPrepared(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canPrepareFurtherSupportingDocuments() {
            fixture.given(in(ROUTED_TO_MUNICIPALITY, documentsPrepared(ID)))
                    .when(prepareDocuments(ID))
                    .expectEvents(documentsPrepared(ID));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "ROUTED_TO_MUNICIPALITY")
        void cannotPrepareSupportingDocumentsForRequestNotRouted(RequestStatus status) {
            fixture.given(in(status))
                    .when(prepareDocuments(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("supporting documents are prepared only for a routed"));
        }
    }

    @Nested
    class RecordingTheMunicipalitysAnswer {

        @Test
        void canRecordThatMunicipalityResolvedRoutedRequest() {
            List<Object> history = in(ROUTED_TO_MUNICIPALITY);
            fixture.given(history)
                    .when(recordMunicipalityResolution(ID))
                    .expectEvents(resolvedByMunicipality(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canRecordMunicipalityResolutionAfterSupportingDocuments() {
            fixture.given(in(ROUTED_TO_MUNICIPALITY, documentsPrepared(ID)))
                    .when(recordMunicipalityResolution(ID))
                    .expectEvents(resolvedByMunicipality(ID));
        }

        @Test
        void canRecordThatMunicipalityReturnedRoutedRequest() {
            List<Object> history = in(ROUTED_TO_MUNICIPALITY);
            fixture.given(history)
                    .when(recordReturnToCss(ID))
                    .expectEvents(returnedToCss(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canRecordResolutionOfRequestRoutedAgainAfterReturn() {
            fixture.given(in(RETURNED_TO_CSS, routed(ID)))
                    .when(recordMunicipalityResolution(ID))
                    .expectEvents(resolvedByMunicipality(ID));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "ROUTED_TO_MUNICIPALITY")
        void cannotRecordMunicipalityResolutionOfRequestNotRouted(RequestStatus status) {
            fixture.given(in(status))
                    .when(recordMunicipalityResolution(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString(
                            "only a request routed to the municipality can be resolved by it"));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = "ROUTED_TO_MUNICIPALITY")
        void cannotRecordReturnOfRequestNotRouted(RequestStatus status) {
            fixture.given(in(status))
                    .when(recordReturnToCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString(
                            "only a request routed to the municipality can be returned by it"));
        }
    }

    @Nested
    class NotifyingTheCitizen {

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = INCLUDE,
                names = {"RESOLVED_BY_CSS", "MAYOR_INFORMED", "RESOLVED_BY_MUNICIPALITY", "DECLINED", "CLOSED"})
        void canNotifyCitizenOfAnOutcome(RequestStatus status) {
            List<Object> history = in(status);
            fixture.given(history)
                    .when(notifyCitizen(ID))
                    .expectEvents(citizenNotified(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = INCLUDE,
                names = {"RECEIVED", "ROUTED_TO_MUNICIPALITY", "RETURNED_TO_CSS", "WITHDRAWN"})
        void cannotNotifyCitizenBeforeThereIsAnOutcome(RequestStatus status) {
            fixture.given(in(status))
                    .when(notifyCitizen(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("has no outcome yet"));
        }
    }

    @Nested
    class Closing {

        @Test
        void cannotCloseCssResolvedRequestBeforeMayorIsInformed() {
            fixture.given(in(RESOLVED_BY_CSS))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RESOLVED_BY_CSS))
                    .expectExceptionMessage(allOf(containsString("the mayor has not been informed yet"),
                            containsString("inform the mayor before closing")));
        }

        @Test
        void cannotCloseCssResolvedRequestBeforeMayorIsInformedEvenIfCitizenWasNotified() {
            fixture.given(in(RESOLVED_BY_CSS, citizenNotified(ID), assigned(ID, CLERK, null)))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RESOLVED_BY_CSS));
        }

        @ParameterizedTest
        @EnumSource(CloseOutcome.class)
        void cannotCloseCssResolvedRequestBeforeMayorIsInformedWhateverTheOutcome(CloseOutcome outcome) {
            fixture.given(in(RESOLVED_BY_CSS))
                    .when(close(ID, outcome))
                    .expectNoEvents()
                    .expectException(refusedIn(RESOLVED_BY_CSS));
        }

        @Test
        void canCloseCssResolvedRequestOnceMayorIsInformed() {
            List<Object> history = in(MAYOR_INFORMED);
            fixture.given(history)
                    .when(close(ID))
                    .expectEvents(closed(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canCloseRequestResolvedByMunicipality() {
            fixture.given(in(RESOLVED_BY_MUNICIPALITY))
                    .when(close(ID, CloseOutcome.PARTLY_RESOLVED))
                    .expectEvents(closed(ID, CloseOutcome.PARTLY_RESOLVED));
        }

        @Test
        void canCloseDeclinedRequest() {
            fixture.given(in(DECLINED))
                    .when(close(ID, CloseOutcome.NOT_COMPETENT))
                    .expectEvents(closed(ID, CloseOutcome.NOT_COMPETENT));
        }

        @ParameterizedTest
        @EnumSource(CloseOutcome.class)
        void canCloseWithEveryOutcome(CloseOutcome outcome) {
            fixture.given(in(MAYOR_INFORMED))
                    .when(new CloseRequestCommand(ID, outcome, null))
                    .expectEvents(new RequestClosedEvent(ID, outcome, null));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = INCLUDE,
                names = {"RECEIVED", "ROUTED_TO_MUNICIPALITY", "RETURNED_TO_CSS", "WITHDRAWN", "CLOSED"})
        void cannotCloseRequestWithoutOutcomeOrAlreadyEnded(RequestStatus status) {
            fixture.given(in(status))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("cannot be closed"));
        }

        @Test
        void cannotCloseReopenedRequestUntilItIsResolvedAgain() {
            fixture.given(in(CLOSED, reopened(ID, CLOSED)))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED));
        }

        @Test
        void cannotCloseReopenedRequestResolvedAgainBeforeMayorIsInformedAgain() {
            fixture.given(in(CLOSED, reopened(ID, CLOSED), resolvedByCss(ID)))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RESOLVED_BY_CSS));
        }
    }

    @Nested
    class Reopening {

        @Test
        void canReopenClosedRequest() {
            List<Object> history = in(CLOSED);
            fixture.given(history)
                    .when(reopen(ID))
                    .expectEvents(reopened(ID, CLOSED))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canReopenDeclinedRequest() {
            fixture.given(in(DECLINED))
                    .when(reopen(ID))
                    .expectEvents(new RequestReopenedEvent(ID, reopen(ID).reason(), DECLINED));
        }

        @Test
        void reopenedRequestIsReceivedAgainAndCanBeRouted() {
            agendaIsAgreed();
            fixture.given(in(CLOSED, reopened(ID, CLOSED)))
                    .when(route(ID))
                    .expectEvents(routed(ID));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"CLOSED", "DECLINED"})
        void cannotReopenRequestThatIsNeitherClosedNorDeclined(RequestStatus status) {
            fixture.given(in(status))
                    .when(reopen(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("only those can be reopened"));
        }
    }

    @Nested
    class ErasingPersonalData {

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void canErasePersonalDataInAnyState(RequestStatus status) {
            List<Object> history = in(status);
            fixture.given(history)
                    .when(new ErasePersonalDataCommand(ID, "Žádost subjektu údajů o výmaz"))
                    .expectEvents(new PersonalDataErasedEvent(ID, "Žádost subjektu údajů o výmaz"))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void cannotErasePersonalDataTwice() {
            fixture.given(registered(ID), new PersonalDataErasedEvent(ID, "výmaz"))
                    .when(new ErasePersonalDataCommand(ID, "znovu"))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString("has had its personal data erased already"));
        }
    }

    @Nested
    class Withdrawing {

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = INCLUDE,
                names = {"RECEIVED", "ROUTED_TO_MUNICIPALITY", "RETURNED_TO_CSS"})
        void canWithdrawRequestInProgress(RequestStatus status) {
            List<Object> history = in(status);
            fixture.given(history)
                    .when(withdraw(ID))
                    .expectEvents(withdrawn(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void canWithdrawReopenedRequest() {
            fixture.given(in(DECLINED, reopened(ID, DECLINED)))
                    .when(withdraw(ID))
                    .expectEvents(withdrawn(ID));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE,
                names = {"RECEIVED", "ROUTED_TO_MUNICIPALITY", "RETURNED_TO_CSS"})
        void cannotWithdrawRequestWithAnOutcomeOrThatHasEnded(RequestStatus status) {
            fixture.given(in(status))
                    .when(withdraw(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("only a request still in progress (received, routed or returned) can be withdrawn"));
        }

        @Test
        void withdrawnRequestCannotBeResolved() {
            agendaIsAgreed();
            fixture.given(in(WITHDRAWN))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(WITHDRAWN));
        }

        @Test
        void withdrawnRequestCannotBeReopened() {
            fixture.given(in(WITHDRAWN))
                    .when(reopen(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(WITHDRAWN));
        }
    }

    @Nested
    class Declining {

        @Test
        void canDeclineRequestOutsideTheAgreedAgendas() {
            fixture.given(registered(ID))
                    .when(decline(ID))
                    .expectEvents(declined(ID))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void canDeclineReturnedRequestWhoseAgendaIsNoLongerAgreed() {
            List<Object> history = in(RETURNED_TO_CSS);
            fixture.given(history)
                    .when(decline(ID))
                    .expectEvents(declined(ID))
                    .expectResultMessagePayload(versionAfterOneMoreEvent(history));
        }

        @Test
        void declinesInTheAgendaTheRequestWasReclassifiedTo() {
            agendaIsAgreed();
            fixture.given(registered(ID), reclassified(ID, IVANCICE, ROADS, RequestKind.REQUEST, RESPOND_BY))
                    .when(decline(ID))
                    .expectEvents(new RequestDeclinedEvent(ID, ROADS, decline(ID).referralAdvice()));
        }

        @Test
        void canDeclineRequestWhoseAgreementTakesEffectOnlyLater() {
            agreements.agreeFrom(IVANCICE, WASTE, DECISION_DAY.plusDays(1));
            fixture.given(registered(ID))
                    .when(decline(ID))
                    .expectEvents(declined(ID));
        }

        @Test
        void cannotDeclineRequestInAgendaTheMunicipalityHasAgreed() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .when(decline(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED))
                    .expectExceptionMessage(containsString(
                            "agenda WASTE_COLLECTION, which municipality 583286 has agreed to"));
        }

        @ParameterizedTest
        @EnumSource(value = RequestStatus.class, mode = EXCLUDE, names = {"RECEIVED", "RETURNED_TO_CSS"})
        void cannotDeclineRequestThatIsNotWaitingForCss(RequestStatus status) {
            fixture.given(in(status))
                    .when(decline(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(status))
                    .expectExceptionMessage(containsString("cannot be declined"));
        }
    }

    @Nested
    class WholeLives {

        @Test
        void cssResolvesInformsTheMayorAndCloses() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .andGivenCommands(assign(ID, CLERK), resolveByCss(ID), notifyCitizen(ID), informMayor(ID))
                    .when(close(ID))
                    .expectEvents(closed(ID))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void municipalityResolvesWithSupportingDocumentsAndTheRequestCloses() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .andGivenCommands(route(ID), prepareDocuments(ID), recordMunicipalityResolution(ID),
                            notifyCitizen(ID))
                    .when(close(ID))
                    .expectEvents(closed(ID))
                    .expectResultMessagePayload(5L);
        }

        @Test
        void cssResolvesWhatTheMunicipalityReturnedAndStillMustInformTheMayor() {
            agendaIsAgreed();
            fixture.given(registered(ID))
                    .andGivenCommands(route(ID), recordReturnToCss(ID), resolveByCss(ID))
                    .when(close(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RESOLVED_BY_CSS));
        }

        @Test
        void reopenedDeclinedRequestStillCannotBeResolvedOutsideTheAgreedAgendas() {
            fixture.given(registered(ID))
                    .andGivenCommands(decline(ID), close(ID, CloseOutcome.NOT_COMPETENT), reopen(ID))
                    .when(resolveByCss(ID))
                    .expectNoEvents()
                    .expectException(refusedIn(RECEIVED));
        }
    }
}
