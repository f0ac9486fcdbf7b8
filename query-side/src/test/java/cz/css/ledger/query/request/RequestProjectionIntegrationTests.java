package cz.css.ledger.query.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.InternalNoteAddedEvent;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.SupportingDocumentsPreparedEvent;
import cz.css.ledger.query.QuerySideTestApplication;
import cz.css.ledger.query.api.CitizenView;
import cz.css.ledger.query.api.FindRequestByNumberQuery;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.FindTimelineQuery;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.TimelineEntryView;
import cz.css.ledger.query.api.WatchQueueQuery;
import cz.css.ledger.query.catalogue.CatalogueFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest(classes = QuerySideTestApplication.class)
class RequestProjectionIntegrationTests {
    @Autowired
    ApplicationContext context;
    @Autowired
    RequestProjection projection;
    @Autowired
    RequestQueries queries;
    @MockitoBean
    QueryUpdateEmitter emitter;

    RequestHistory history;
    Requests complaint = Requests.registration("CSS-2026-000001").kind(RequestKind.COMPLAINT);
    String id = complaint.requestId();

    @BeforeEach
    void emptyReadModelWithCatalogue() {
        var catalogue = new CatalogueFixture(context);
        catalogue.reset();
        projection.reset();
        catalogue.municipality(Requests.IVANCICE, "Ivančice");
        catalogue.municipality(Requests.OSLAVANY, "Oslavany");
        catalogue.agenda(Requests.WASTE, "Odpadové hospodářství");
        catalogue.agenda(Requests.ROADS, "Místní komunikace");
        history = new RequestHistory(context);
    }

    @Test
    void everyRequestEventHasAHandler() {
        assertThat(RequestEvent.class.getPermittedSubclasses()).allSatisfy(
                type -> assertThatCode(() -> RequestHistory.handler(type)).doesNotThrowAnyException());
    }

    @Test
    void registeredRequestIsReceivedWithCitizenAndCatalogueNames() {
        history.deliver(complaint.event());

        RequestView view = find();
        assertThat(view.registrationNumber()).isEqualTo("CSS-2026-000001");
        assertThat(view.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(view.municipalityName()).isEqualTo("Ivančice");
        assertThat(view.agendaName()).isEqualTo("Odpadové hospodářství");
        assertThat(view.kind()).isEqualTo(RequestKind.COMPLAINT);
        assertThat(view.citizen()).isEqualTo(
                new CitizenView("Marie Dvořáková", "marie.dvorakova@example.cz", "+420 601 234 567", null));
        assertThat(view.description()).startsWith("U domu");
        assertThat(view.receivedAt()).isEqualTo(Requests.MONDAY_MORNING);
        assertThat(view.respondBy()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(view.lastChangedAt()).isEqualTo(history.now());
        assertThat(view.version()).isZero();
        assertThat(view.mayorInformed()).isFalse();
    }

    @Test
    void canFindRequestByRegistrationNumber() {
        history.deliver(complaint.event());

        assertThat(queries.handle(new FindRequestByNumberQuery(" css-2026-000001 ")).requestId()).isEqualTo(id);
        assertThat(queries.handle(new FindRequestByNumberQuery("CSS-2026-999999"))).isNull();
    }

    @Test
    void unknownRequestIsAnsweredWithNull() {
        assertThat(queries.handle(new FindRequestQuery("9b2f4c1e-0000-4000-8000-000000000000"))).isNull();
    }

    @Test
    void requestResolvedByCssRecordsResolutionThenMayorThenClosing() {
        history.deliver(complaint.event());
        history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));
        history.deliver(new RequestResolvedByCssEvent(id, "Svoz objednán na středu."));
        assertThat(find().status()).isEqualTo(RequestStatus.RESOLVED_BY_CSS);

        history.deliver(new MayorInformedEvent(id, MunicipalityCode.of(Requests.IVANCICE), "Milan Buček",
                MayorContactMethod.EMAIL, Requests.MONDAY_MORNING, "Vyřízeno CSS."));
        history.deliver(new CitizenNotifiedEvent(id, NotificationChannel.PHONE, "Svoz bude ve středu."));
        history.deliver(new RequestClosedEvent(id, CloseOutcome.RESOLVED, null));

        RequestView view = find();
        assertThat(view.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(view.assignee()).isEqualTo("petr.svoboda");
        assertThat(view.resolvedBy()).isEqualTo("CSS");
        assertThat(view.resolution()).isEqualTo("Svoz objednán na středu.");
        assertThat(view.mayorInformed()).isTrue();
        assertThat(view.citizenNotified()).isTrue();
        assertThat(view.closeOutcome()).isEqualTo(CloseOutcome.RESOLVED);
        assertThat(view.version()).isEqualTo(5);
    }

    @Test
    void routedRequestShowsRecipientUntilTheMunicipalityResolvesIt() {
        history.deliver(complaint.event());
        history.deliver(new RequestRoutedToMunicipalityEvent(id, MunicipalityCode.of(Requests.IVANCICE),
                "Odbor životního prostředí", "Svoz zajišťuje město"));
        history.deliver(new SupportingDocumentsPreparedEvent(id, "Fotografie místa"));
        assertThat(find().status()).isEqualTo(RequestStatus.ROUTED_TO_MUNICIPALITY);
        assertThat(find().routedTo()).isEqualTo("Odbor životního prostředí");

        history.deliver(new MunicipalityResolvedRequestEvent(id, "Kontejnery vyvezeny."));

        RequestView view = find();
        assertThat(view.status()).isEqualTo(RequestStatus.RESOLVED_BY_MUNICIPALITY);
        assertThat(view.resolvedBy()).isEqualTo("MUNICIPALITY");
        assertThat(view.resolution()).isEqualTo("Kontejnery vyvezeny.");
        assertThat(view.routedTo()).isEqualTo("Odbor životního prostředí");
    }

    @Test
    void requestReturnedToCssIsNoLongerRouted() {
        history.deliver(complaint.event());
        history.deliver(new RequestRoutedToMunicipalityEvent(id, MunicipalityCode.of(Requests.IVANCICE),
                "Odbor dopravy", "Místní komunikace"));
        history.deliver(new RequestReturnedToCssEvent(id, "Nejde o místní komunikaci"));

        assertThat(find().status()).isEqualTo(RequestStatus.RETURNED_TO_CSS);
        assertThat(find().routedTo()).isNull();
    }

    @Test
    void reclassifiedRequestTakesNewMunicipalityAgendaKindAndRespondBy() {
        history.deliver(complaint.event());
        history.deliver(new RequestReclassifiedEvent(id, MunicipalityCode.of(Requests.OSLAVANY),
                AgendaCode.of(Requests.ROADS), RequestKind.REQUEST, LocalDate.of(2026, 4, 2), "Jiná obec"));

        RequestView view = find();
        assertThat(view.municipalityCode()).isEqualTo(Requests.OSLAVANY);
        assertThat(view.municipalityName()).isEqualTo("Oslavany");
        assertThat(view.agendaName()).isEqualTo("Místní komunikace");
        assertThat(view.kind()).isEqualTo(RequestKind.REQUEST);
        assertThat(view.respondBy()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void reopenedRequestIsReceivedAgainWithoutTheEarlierOutcome() {
        history.deliver(complaint.event());
        history.deliver(new RequestResolvedByCssEvent(id, "Vyřízeno."));
        history.deliver(new MayorInformedEvent(id, MunicipalityCode.of(Requests.IVANCICE), "Milan Buček",
                MayorContactMethod.PHONE, Requests.MONDAY_MORNING, "Vyřízeno CSS."));
        history.deliver(new CitizenNotifiedEvent(id, NotificationChannel.EMAIL, "Vyřízeno."));
        history.deliver(new RequestClosedEvent(id, CloseOutcome.RESOLVED, null));
        history.deliver(new RequestReopenedEvent(id, "Odpad se hromadí znovu", RequestStatus.CLOSED));

        RequestView view = find();
        assertThat(view.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(view.resolvedBy()).isNull();
        assertThat(view.resolution()).isNull();
        assertThat(view.mayorInformed()).isFalse();
        assertThat(view.citizenNotified()).isFalse();
        assertThat(view.closeOutcome()).isNull();
    }

    @Test
    void declinedRequestKeepsTheReferralAdviceAsItsResolution() {
        history.deliver(complaint.event());
        history.deliver(new RequestDeclinedEvent(id, AgendaCode.of(Requests.WASTE), "Obraťte se na SVaK."));

        assertThat(find().status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(find().resolution()).isEqualTo("Obraťte se na SVaK.");
        assertThat(find().resolvedBy()).isNull();
    }

    @Test
    void withdrawnRequestIsWithdrawn() {
        history.deliver(complaint.event());
        history.deliver(new RequestWithdrawnEvent(id, "Vyřešeno sousedy"));

        assertThat(find().status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void timelineListsEveryEventOldestFirstWithWhoAndWhen() {
        history.deliver(complaint.event());
        history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));
        Instant noteAt = history.now().plusSeconds(300);
        history.deliver(new InternalNoteAddedEvent(id, "Volala znovu paní Dvořáková"), MetaData.emptyInstance());
        history.deliver(new RequestAssignedEvent(id, "eva.malá", "petr.svoboda"));

        assertThat(queries.handle(new FindTimelineQuery(id))).containsExactly(
                new TimelineEntryView(0, "RequestRegisteredEvent", Requests.MONDAY_MORNING.plusSeconds(300),
                        "jana.novakova", "CSS_STAFF", "Registered as CSS-2026-000001 (complaint, channel phone,"
                                + " urgency normal) for municipality 583171, agenda WASTE"),
                new TimelineEntryView(1, "RequestAssignedEvent", Requests.MONDAY_MORNING.plusSeconds(600),
                        "jana.novakova", "CSS_STAFF", "Assigned to petr.svoboda"),
                new TimelineEntryView(2, "InternalNoteAddedEvent", noteAt, null, null, "Internal note added"),
                new TimelineEntryView(3, "RequestAssignedEvent", Requests.MONDAY_MORNING.plusSeconds(1200),
                        "jana.novakova", "CSS_STAFF", "Reassigned from petr.svoboda to eva.malá"));
    }

    @Test
    void eventDeliveredAgainChangesNothing() {
        history.deliver(complaint.event());
        var routed = new RequestRoutedToMunicipalityEvent(id, MunicipalityCode.of(Requests.IVANCICE),
                "Odbor dopravy", "Místní komunikace");
        long routedSequence = history.deliver(routed);
        history.deliver(new RequestReturnedToCssEvent(id, "Nejde o místní komunikaci"));
        RequestView before = find();
        clearInvocations(emitter);

        history.deliverAgain(routed, routedSequence, history.now(), RequestHistory.CLERK);
        history.deliverAgain(complaint.event(), 0, history.now(), RequestHistory.CLERK);

        assertThat(find()).isEqualTo(before);
        assertThat(before.status()).isEqualTo(RequestStatus.RETURNED_TO_CSS);
        assertThat(queries.handle(new FindTimelineQuery(id))).hasSize(3);
        verifyNoInteractions(emitter);
    }

    @Test
    void eachChangeIsEmittedToTheRequestsSubscribersAndTheQueueWatchers() {
        when(emitter.activeSubscriptions()).thenReturn(Set.of(mock(SubscriptionQueryMessage.class)));
        history.deliver(complaint.event());
        history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Predicate<FindRequestQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        ArgumentCaptor<RequestView> update = ArgumentCaptor.forClass(RequestView.class);
        verify(emitter, times(2)).emit(eq(FindRequestQuery.class), filter.capture(), update.capture());
        verify(emitter, times(2)).emit(eq(WatchQueueQuery.class), any(), any(RequestView.class));
        assertThat(update.getValue()).isEqualTo(find());
        assertThat(update.getValue().assignee()).isEqualTo("petr.svoboda");
        assertThat(filter.getValue().test(new FindRequestQuery(id))).isTrue();
        assertThat(filter.getValue().test(new FindRequestQuery("another"))).isFalse();
    }

    @Test
    void aBatchTellsEachChangedRequestOnceAfterItsCommitWithTheStateItLeft() {
        when(emitter.activeSubscriptions()).thenReturn(Set.of(mock(SubscriptionQueryMessage.class)));
        var other = Requests.registration("CSS-2026-000002");

        history.inOneBatch(() -> {
            history.deliver(complaint.event());
            history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));
            history.deliver(other.event());
            verify(emitter, never()).emit(any(Class.class), any(), any());
        });

        ArgumentCaptor<RequestView> update = ArgumentCaptor.forClass(RequestView.class);
        verify(emitter, times(2)).emit(eq(FindRequestQuery.class), any(), update.capture());
        verify(emitter, times(2)).emit(eq(WatchQueueQuery.class), any(), any(RequestView.class));
        assertThat(update.getAllValues()).extracting(RequestView::requestId).containsExactly(id, other.requestId());
        assertThat(update.getAllValues().get(0).assignee()).isEqualTo("petr.svoboda");
        assertThat(update.getAllValues().get(0).municipalityName()).isEqualTo("Ivančice");
    }

    @Test
    void withNobodySubscribedNoViewIsBuiltOrEmittedButTheReadModelChanges() {
        when(emitter.activeSubscriptions()).thenReturn(Set.of());
        history.deliver(complaint.event());
        history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));

        verify(emitter, never()).emit(any(Class.class), any(), any());
        assertThat(find().assignee()).isEqualTo("petr.svoboda");
    }

    @Test
    void resetEmptiesTheReadModelSoAReplayRebuildsIt() {
        history.deliver(complaint.event());
        history.deliver(new RequestAssignedEvent(id, "petr.svoboda", null));
        RequestView before = find();

        projection.reset();
        assertThat(find()).isNull();
        assertThat(queries.handle(new FindTimelineQuery(id))).isEmpty();

        history.replay();
        assertThat(find()).isEqualTo(before);
        assertThat(queries.handle(new FindTimelineQuery(id))).hasSize(2);
    }

    @Test
    void queueSubscriptionStartsEmpty() {
        history.deliver(complaint.event());

        assertThat(queries.handle(new WatchQueueQuery())).isEmpty();
    }

    private RequestView find() {
        return queries.handle(new FindRequestQuery(id));
    }
}
