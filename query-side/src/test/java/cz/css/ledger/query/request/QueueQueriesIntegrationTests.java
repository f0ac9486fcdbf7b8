package cz.css.ledger.query.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.query.QuerySideTestApplication;
import cz.css.ledger.query.api.FindQueueQuery;
import cz.css.ledger.query.api.QueueCount;
import cz.css.ledger.query.api.QueueCounting;
import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.QueuePage;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.catalogue.CatalogueFixture;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest(classes = QuerySideTestApplication.class)
class QueueQueriesIntegrationTests {
    @Autowired
    ApplicationContext context;
    @Autowired
    RequestProjection projection;
    @Autowired
    QueueQueries queue;
    @MockitoBean
    QueryUpdateEmitter emitter;

    RequestHistory history;

    @BeforeEach
    void emptyQueue() {
        var catalogue = new CatalogueFixture(context);
        catalogue.reset();
        projection.reset();
        catalogue.municipality(Requests.IVANCICE, "Ivančice");
        catalogue.agenda(Requests.WASTE, "Odpadové hospodářství");
        history = new RequestHistory(context);
    }

    @Test
    void emptyQueueHasNoItemsAndNoCursor() {
        assertThat(page(QueueFilter.none(), 20, null)).isEqualTo(new QueuePage(List.of(), null, false, QueueCount.exactly(0)));
    }

    @Test
    void queueListsNewestReceivedFirstWithCatalogueNames() {
        register(Requests.registration("CSS-2026-000001"));
        register(Requests.registration("CSS-2026-000002").receivedAt(Requests.MONDAY_MORNING.plusSeconds(60)));
        register(Requests.registration("CSS-2026-000003").receivedAt(Requests.MONDAY_MORNING.minusSeconds(60)));

        QueuePage page = page(QueueFilter.none(), 20, null);
        assertThat(numbers(page)).containsExactly("CSS-2026-000002", "CSS-2026-000001", "CSS-2026-000003");
        assertThat(page.items().get(0).municipalityName()).isEqualTo("Ivančice");
        assertThat(page.items().get(0).agendaName()).isEqualTo("Odpadové hospodářství");
    }

    @Test
    void queueFiltersByStatusMunicipalityAgendaKindAssigneeAndUrgency() {
        String waiting = register(Requests.registration("CSS-2026-000001"));
        history.deliver(new RequestAssignedEvent(waiting, "petr.svoboda", null));
        String routed = register(Requests.registration("CSS-2026-000002").in(Requests.OSLAVANY, Requests.ROADS)
                .kind(RequestKind.COMPLAINT).urgency(Urgency.HIGH).receivedAt(Requests.MONDAY_MORNING.plusSeconds(60)));
        history.deliver(new RequestRoutedToMunicipalityEvent(routed, MunicipalityCode.of(Requests.OSLAVANY),
                "Odbor dopravy", "Místní komunikace"));
        String resolved = register(Requests.registration("CSS-2026-000003").in(Requests.IVANCICE, Requests.ROADS)
                .kind(RequestKind.FAULT_OR_EMERGENCY).urgency(Urgency.EMERGENCY)
                .receivedAt(Requests.MONDAY_MORNING.plusSeconds(120)));
        history.deliver(new RequestResolvedByCssEvent(resolved, "Výtluk zasypán."));

        assertThat(numbers(filter(new QueueFilter(List.of(RequestStatus.RECEIVED, RequestStatus.RESOLVED_BY_CSS),
                null, null, null, null, null, null)))).containsExactly("CSS-2026-000003", "CSS-2026-000001");
        assertThat(numbers(filter(new QueueFilter(List.of(), Requests.IVANCICE, null, null, null, null, null))))
                .containsExactly("CSS-2026-000003", "CSS-2026-000001");
        assertThat(numbers(filter(new QueueFilter(null, null, Requests.ROADS, null, null, null, null))))
                .containsExactly("CSS-2026-000003", "CSS-2026-000002");
        assertThat(numbers(filter(new QueueFilter(null, null, null, RequestKind.COMPLAINT, null, null, null))))
                .containsExactly("CSS-2026-000002");
        assertThat(numbers(filter(new QueueFilter(null, null, null, null, "petr.svoboda", null, null))))
                .containsExactly("CSS-2026-000001");
        assertThat(numbers(filter(new QueueFilter(null, null, null, null, null, Urgency.EMERGENCY, null))))
                .containsExactly("CSS-2026-000003");
        assertThat(numbers(filter(new QueueFilter(null, Requests.IVANCICE, Requests.ROADS, null, " ", null, ""))))
                .containsExactly("CSS-2026-000003");
        assertThat(filter(new QueueFilter(null, Requests.OSLAVANY, Requests.WASTE, null, null, null, null)).items())
                .isEmpty();
    }

    @Test
    void textMatchesSubjectOrNumberIgnoringCaseAndDiacritics() {
        register(Requests.registration("CSS-2026-000001").subject("Výtluk na silnici u školy"));
        register(Requests.registration("CSS-2026-000002").subject("Přeplněné kontejnery"));
        register(Requests.registration("CSS-2026-000013").subject("Žádost o dotaci"));

        assertThat(numbers(byText("VÝTLUK"))).containsExactly("CSS-2026-000001");
        assertThat(numbers(byText("vytluk"))).containsExactly("CSS-2026-000001");
        assertThat(numbers(byText("preplnene"))).containsExactly("CSS-2026-000002");
        assertThat(numbers(byText("css-2026-00001"))).containsExactly("CSS-2026-000013");
        assertThat(numbers(byText("nic takového"))).isEmpty();
    }

    @Test
    void textTreatsLikeWildcardsAsPlainCharacters() {
        register(Requests.registration("CSS-2026-000001").subject("Sleva 50% na svoz"));
        register(Requests.registration("CSS-2026-000002").subject("Sleva 50 Kč"));
        register(Requests.registration("CSS-2026-000003").subject("Položka a_b"));

        assertThat(numbers(byText("50%"))).containsExactly("CSS-2026-000001");
        assertThat(numbers(byText("a_b"))).containsExactly("CSS-2026-000003");
        assertThat(numbers(byText("_"))).containsExactly("CSS-2026-000003");
    }

    @Test
    void cursorPagesThroughTheWholeQueueInOrderEvenWhenRequestsArriveAtTheSameInstant() {
        List<RequestView> expected = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            // pairs received at the same instant: the request id breaks the tie
            register(Requests.registration("CSS-2026-%06d".formatted(i))
                    .receivedAt(Requests.MONDAY_MORNING.plusSeconds(60L * (i / 2))));
        }
        expected.addAll(page(QueueFilter.none(), 100, null).items());
        assertThat(expected).isSortedAccordingTo(Comparator.comparing(RequestView::receivedAt)
                .thenComparing(RequestView::requestId).reversed());

        QueuePage first = page(QueueFilter.none(), 3, null);
        QueuePage second = page(QueueFilter.none(), 3, first.endCursor());
        QueuePage third = page(QueueFilter.none(), 3, second.endCursor());

        assertThat(List.of(first.hasNextPage(), second.hasNextPage(), third.hasNextPage()))
                .containsExactly(true, true, false);
        assertThat(List.of(first.totalCount(), second.totalCount(), third.totalCount())).containsOnly(7L);
        List<RequestView> paged = new ArrayList<>(first.items());
        paged.addAll(second.items());
        paged.addAll(third.items());
        assertThat(paged).hasSize(7).isEqualTo(expected);
        assertThat(third.endCursor()).isEqualTo(third.cursorOf(last(third)));
    }

    @Test
    void cursorOfAnyItemContinuesRightAfterIt() {
        for (int i = 1; i <= 5; i++) {
            register(Requests.registration("CSS-2026-%06d".formatted(i))
                    .receivedAt(Requests.MONDAY_MORNING.plusSeconds(60L * i)));
        }
        QueuePage all = page(QueueFilter.none(), 5, null);

        QueuePage rest = page(QueueFilter.none(), 5, all.cursorOf(all.items().get(1)));

        assertThat(numbers(rest)).containsExactly("CSS-2026-000003", "CSS-2026-000002", "CSS-2026-000001");
    }

    @Test
    void cursorKeepsTheFilterAndItsCount() {
        for (int i = 1; i <= 6; i++) {
            register(Requests.registration("CSS-2026-%06d".formatted(i))
                    .kind(i % 2 == 0 ? RequestKind.COMPLAINT : RequestKind.REQUEST)
                    .receivedAt(Requests.MONDAY_MORNING.plusSeconds(60L * i)));
        }
        QueueFilter complaints = new QueueFilter(null, null, null, RequestKind.COMPLAINT, null, null, null);

        QueuePage first = page(complaints, 2, null);
        QueuePage second = page(complaints, 2, first.endCursor());

        assertThat(numbers(first)).containsExactly("CSS-2026-000006", "CSS-2026-000004");
        assertThat(numbers(second)).containsExactly("CSS-2026-000002");
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.totalCount()).isEqualTo(3);
    }

    @Test
    void pageSizeIsClampedBetweenOneAndAHundred() {
        IntStream.rangeClosed(1, 101).forEach(i -> register(Requests.registration("CSS-2026-%06d".formatted(i))
                .receivedAt(Requests.MONDAY_MORNING.plusSeconds(i))));

        assertThat(page(QueueFilter.none(), 0, null).items()).hasSize(1);
        assertThat(page(QueueFilter.none(), -5, null).items()).hasSize(1);
        QueuePage largest = page(QueueFilter.none(), 1000, null);
        assertThat(largest.items()).hasSize(100);
        assertThat(largest.hasNextPage()).isTrue();
        assertThat(largest.totalCount()).isEqualTo(101);
        assertThat(numbers(page(QueueFilter.none(), 1000, largest.endCursor()))).containsExactly("CSS-2026-000001");
    }

    @Test
    void aLimitedCountStopsAtItsLimitAndSaysMoreMatch() {
        IntStream.rangeClosed(1, 12).forEach(i -> register(Requests.registration("CSS-2026-%06d".formatted(i))
                .kind(i <= 3 ? RequestKind.COMPLAINT : RequestKind.REQUEST)
                .receivedAt(Requests.MONDAY_MORNING.plusSeconds(i))));
        QueueFilter complaints = new QueueFilter(null, null, null, RequestKind.COMPLAINT, null, null, null);

        assertThat(counted(QueueFilter.none(), QueueCounting.upTo(10))).isEqualTo(new QueueCount(10, true));
        assertThat(counted(QueueFilter.none(), QueueCounting.upTo(12))).isEqualTo(new QueueCount(12, false));
        assertThat(counted(complaints, QueueCounting.upTo(10))).isEqualTo(new QueueCount(3, false));
        assertThat(counted(QueueFilter.none(), QueueCounting.EXACT)).isEqualTo(new QueueCount(12, false));
    }

    @Test
    void aPageAskedNotToCountHasNoCountButStillItsRows() {
        register(Requests.registration("CSS-2026-000001"));

        QueuePage page = queue.handle(new FindQueueQuery(QueueFilter.none(), 10, null, QueueCounting.NONE));

        assertThat(page.count()).isNull();
        assertThat(numbers(page)).containsExactly("CSS-2026-000001");
        assertThatThrownBy(page::totalCount).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingFilterMeansTheWholeQueue() {
        register(Requests.registration("CSS-2026-000001"));

        assertThat(queue.handle(new FindQueueQuery(null, 10, null)).totalCount()).isEqualTo(1);
    }

    @Test
    void cannotPageWithACursorTheQueueDidNotGiveOut() {
        assertThatThrownBy(() -> page(QueueFilter.none(), 10, "not-a-cursor"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not-a-cursor");
    }

    private String register(Requests registration) {
        history.deliver(registration.event());
        return registration.requestId();
    }

    private QueuePage page(QueueFilter filter, int first, String after) {
        return queue.handle(new FindQueueQuery(filter, first, after));
    }

    private QueueCount counted(QueueFilter filter, QueueCounting counting) {
        return queue.handle(new FindQueueQuery(filter, 5, null, counting)).count();
    }

    private QueuePage filter(QueueFilter filter) {
        return page(filter, 100, null);
    }

    private QueuePage byText(String text) {
        return filter(new QueueFilter(null, null, null, null, null, null, text));
    }

    private static List<String> numbers(QueuePage page) {
        return page.items().stream().map(RequestView::registrationNumber).toList();
    }

    private static RequestView last(QueuePage page) {
        return page.items().get(page.items().size() - 1);
    }
}
