package cz.css.ledger.query.statistics;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.PersonalDataErasedEvent;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.query.QuerySideTestApplication;
import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.FindRequestLifecyclesQuery;
import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.FindSurveyQuery;
import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.MayorStatisticsView.CountFigure;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics projection and its SQL on H2 in PostgreSQL mode (the embedded default): the same
 * figures as on PostgreSQL, nothing counted twice when events come again, reopening and erasure.
 */
@SpringBootTest(classes = QuerySideTestApplication.class)
class StatisticsProjectionIntegrationTests {
    static final String IVANCICE = "583120";
    static final StatisticsPeriod MARCH = new StatisticsPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    static final Instant LONG_AFTER = Instant.parse("2026-11-22T00:00:00Z");

    @Autowired
    StatisticsProjection projection;
    @Autowired
    StatisticsQueries queries;
    @Autowired
    DataSource dataSource;
    @Autowired
    RequestFacts requestFacts;
    @Autowired
    SurveyFacts surveyFacts;
    @Autowired
    AggregatesRebuild rebuild;
    @Autowired
    TransactionTemplate transactions;
    @MockitoBean
    QueryUpdateEmitter emitter;

    /** Every delivery, to deliver all of it again as a redelivery or replay would. */
    final List<Runnable> delivered = new ArrayList<>();

    String r1 = "11111111-1111-4111-8111-111111111111";
    String r2 = "22222222-2222-4222-8222-222222222222";
    String r3 = "33333333-3333-4333-8333-333333333333";
    String survey = "44444444-4444-4444-8444-444444444444";

    @BeforeEach
    void knownRequests() {
        projection.reset();
        // R1: received 3 March 8:00 UTC, resolved by the CSS 2 h later, mayor informed 2 h after that, closed,
        // survey offered and answered 4 / YES
        deliver(() -> projection.on(registered(r1, "CSS-2026-000101", "2025-03-03T08:00:00Z"), 0));
        deliver(() -> projection.on(new RequestResolvedByCssEvent(r1, "Vyřízeno"), 1, at("2025-03-03T10:00:00Z")));
        deliver(() -> projection.on(new MayorInformedEvent(r1, MunicipalityCode.of(IVANCICE), "Milan Buček",
                MayorContactMethod.EMAIL, at("2025-03-03T12:00:00Z"), "Vyřízeno"), 2));
        deliver(() -> projection.on(new RequestClosedEvent(r1, CloseOutcome.RESOLVED, null), 3,
                at("2025-03-03T13:00:00Z")));
        deliver(() -> projection.on(new SatisfactionSurveyOfferedEvent(r1, survey, NotificationChannel.EMAIL,
                at("2025-03-03T13:00:00Z"), at("2025-04-02T13:00:00Z")), 4));
        deliver(() -> projection.on(new SatisfactionRecordedEvent(r1, survey, 4, ResolvedAnswer.YES,
                PersonalText.of("Děkuji"), SurveyRespondent.CITIZEN_WITH_TOKEN, at("2025-03-04T08:00:00Z")), 5));
        // R2: received 4 March, routed an hour later, the municipality resolved it 24 h after receipt
        deliver(() -> projection.on(registered(r2, "CSS-2026-000102", "2025-03-04T08:00:00Z"), 0));
        deliver(() -> projection.on(new RequestRoutedToMunicipalityEvent(r2, MunicipalityCode.of(IVANCICE),
                "Odbor", "Obec"), 1, at("2025-03-04T09:00:00Z")));
        deliver(() -> projection.on(new MunicipalityResolvedRequestEvent(r2, "Hotovo"), 2,
                at("2025-03-05T08:00:00Z")));
        // R3: received 5 March, resolved by the CSS 6 h later, the mayor not informed
        deliver(() -> projection.on(registered(r3, "CSS-2026-000103", "2025-03-05T08:00:00Z"), 0));
        deliver(() -> projection.on(new RequestResolvedByCssEvent(r3, "Vyřízeno"), 1, at("2025-03-05T14:00:00Z")));
        rebuild.rebuild();
    }

    @Test
    void mayorsStatisticsOnH2AreTheFiguresWorkedOutByHand() {
        MayorStatisticsView march = mayor();
        assertThat(march.received()).isEqualTo(CountFigure.of(3, 0));
        assertThat(march.resolvedByCss()).isEqualTo(CountFigure.of(2, 0));
        assertThat(march.routedToMunicipality()).isEqualTo(CountFigure.of(1, 0));
        // R3 resolved 5 March 14:00 UTC, counted at 31 March 22:00 UTC (midnight in Prague, summer time): 26 days
        assertThat(march.notInformed()).singleElement().satisfies(r -> {
            assertThat(r.registrationNumber()).isEqualTo("CSS-2026-000103");
            assertThat(r.ageDays()).isEqualTo(26);
        });
        assertThat(march.waitingOnMunicipality()).isEqualTo(CountFigure.of(0, 0));
        // resolution hours 2, 6, 24: median 6, p90 at rank 1.8 = 6 + 0.8 * 18 = 20.4
        assertThat(march.timeToResolution().count()).isEqualTo(CountFigure.of(3, 0));
        assertThat(march.timeToResolution().medianHours().current()).isCloseTo(6.0, within(1e-9));
        assertThat(march.timeToResolution().p90Hours().current()).isCloseTo(20.4, within(1e-9));
        assertThat(march.timeToResolution().medianHours().previous()).isNull();
        assertThat(march.timeToInformMayor().medianHours().current()).isCloseTo(2.0, within(1e-9));
        // one answer out of one offer: the rate is shown, the average withheld (fewer than 5)
        assertThat(march.satisfaction().offered()).isEqualTo(CountFigure.of(1, 0));
        assertThat(march.satisfaction().responses()).isEqualTo(CountFigure.of(1, 0));
        assertThat(march.satisfaction().responseRate().current()).isEqualTo(1.0);
        assertThat(march.satisfaction().averageScore().current()).isNull();
        assertThat(march.satisfaction().withheld()).isTrue();
        assertThat(march.byStatus()).filteredOn(g -> g.current() > 0)
                .extracting(g -> g.key() + "=" + g.current())
                .containsExactly("RESOLVED_BY_CSS=1", "RESOLVED_BY_MUNICIPALITY=1", "CLOSED=1");
    }

    @Test
    void trendsOnH2GroupByPragueCalendarSteps() {
        var weeks = queries.handle(new FindSatisfactionTrendsQuery(TrendGranularity.WEEK, MARCH,
                new TrendFilter(IVANCICE, null, null, null, null)));
        // ISO week 10 of 2025 is 3-9 March: all three resolutions and the one survey
        var w10 = weeks.points().get(1);
        assertThat(w10.label()).isEqualTo("2025-W10");
        assertThat(w10.start()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(w10.resolved()).isEqualTo(3);
        assertThat(w10.surveysOffered()).isEqualTo(1);
        assertThat(w10.averageWithheld()).isTrue();
        var byMunicipality = queries.handle(new FindSatisfactionTrendsQuery(TrendGranularity.MONTH, MARCH,
                new TrendFilter(IVANCICE, null, RequestKind.REQUEST, Channel.PHONE, TrendFilter.MUNICIPALITY)));
        assertThat(byMunicipality.points()).singleElement().satisfies(p -> {
            assertThat(p.resolved()).isEqualTo(1);
            assertThat(p.medianResolutionHours()).isEqualTo(24.0);
        });
    }

    @Test
    void eventsDeliveredAgainAreNotCountedTwice() {
        MayorStatisticsView before = mayor();
        delivered.forEach(Runnable::run);
        assertThat(mayor()).isEqualTo(before);
        assertThat(queries.handle(new FindRequestLifecyclesQuery(IVANCICE, MARCH))).hasSize(3);
    }

    @Test
    void reopenedRequestStartsANewLifeButItsAnsweredSurveyStillCounts() {
        projection.on(new RequestReopenedEvent(r1, "Občan nesouhlasí", RequestStatus.CLOSED), 6);
        MayorStatisticsView march = mayor();
        assertThat(march.resolvedByCss()).isEqualTo(CountFigure.of(1, 0));
        assertThat(march.timeToResolution().count()).isEqualTo(CountFigure.of(2, 0));
        assertThat(march.satisfaction().responses()).isEqualTo(CountFigure.of(1, 0));
        var lifecycle = queries.handle(new FindRequestLifecyclesQuery(IVANCICE, MARCH)).get(0);
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(lifecycle.resolvedAt()).isNull();
        assertThat(lifecycle.surveyOfferedAt()).isNull();
    }

    @Test
    void reopenedRequestLeavesItsResolutionAndMayorsRowsAndComesBackToThem() {
        projection.on(new RequestReopenedEvent(r1, "Občan nesouhlasí", RequestStatus.CLOSED), 6);
        assertThat(aggregates().stored()).isEqualTo(aggregates().counted());
        assertThat(mayor().timeToInformMayor().count()).isEqualTo(CountFigure.of(0, 0));
        projection.on(new RequestResolvedByCssEvent(r1, "Znovu"), 7, at("2025-03-10T08:00:00Z"));
        projection.on(new MayorInformedEvent(r1, MunicipalityCode.of(IVANCICE), "Milan Buček",
                MayorContactMethod.EMAIL, at("2025-03-10T10:00:00Z"), "Znovu"), 8);
        MayorStatisticsView march = mayor();
        // resolution hours 24, 6 and now 168 (3 March 8:00 to 10 March 8:00): median 24, p90 at rank 1.8 = 139.2
        assertThat(march.timeToResolution().count()).isEqualTo(CountFigure.of(3, 0));
        assertThat(march.timeToResolution().medianHours().current()).isCloseTo(24.0, within(1e-9));
        assertThat(march.timeToResolution().p90Hours().current()).isCloseTo(139.2, within(1e-9));
        assertThat(march.timeToInformMayor().medianHours().current()).isCloseTo(2.0, within(1e-9));
        assertThat(aggregates().stored()).isEqualTo(aggregates().counted());
    }

    @Test
    void reclassifiedRequestMovesToItsNewMunicipalityInEveryFigure() {
        String newMunicipality = "582956";
        projection.on(new RequestReclassifiedEvent(r2, MunicipalityCode.of(newMunicipality),
                AgendaCode.of("DOTACE"), RequestKind.COMPLAINT, LocalDate.of(2025, 4, 1), "Oprava"), 3);
        MayorStatisticsView ivancice = mayor();
        assertThat(ivancice.received()).isEqualTo(CountFigure.of(2, 0));
        assertThat(ivancice.routedToMunicipality()).isEqualTo(CountFigure.of(0, 0));
        assertThat(ivancice.timeToResolution().count()).isEqualTo(CountFigure.of(2, 0));
        assertThat(ivancice.byAgenda()).extracting(g -> g.key() + "=" + g.current()).containsExactly("PORUCHY=2");
        MayorStatisticsView other = queries.handle(new FindMayorStatisticsQuery(newMunicipality, MARCH, LONG_AFTER));
        assertThat(other.received()).isEqualTo(CountFigure.of(1, 0));
        assertThat(other.routedToMunicipality()).isEqualTo(CountFigure.of(1, 0));
        assertThat(other.byAgenda()).extracting(g -> g.key() + "=" + g.current()).containsExactly("DOTACE=1");
        assertThat(other.byKind()).filteredOn(g -> g.current() > 0).extracting(g -> g.key())
                .containsExactly("COMPLAINT");
        assertThat(other.timeToResolution().medianHours().current()).isCloseTo(24.0, within(1e-9));
        var months = queries.handle(new FindSatisfactionTrendsQuery(TrendGranularity.MONTH, MARCH,
                new TrendFilter(newMunicipality, null, null, null, TrendFilter.MUNICIPALITY)));
        assertThat(months.points()).singleElement().satisfies(p -> assertThat(p.resolved()).isEqualTo(1));
        assertThat(aggregates().stored()).isEqualTo(aggregates().counted());
    }

    @Test
    void aggregatesAreWhatTheFactsAddUpToAndEventsDeliveredAgainAddNothing() {
        assertThat(aggregates().stored()).isNotEmpty().isEqualTo(aggregates().counted());
        var before = aggregates().stored();
        delivered.forEach(Runnable::run);
        assertThat(aggregates().stored()).isEqualTo(before);
    }

    @Test
    void replayedEventsAddNothingToTheAggregatesUntilTheRebuildCountsTheFactsOnce() {
        var before = aggregates().stored();
        projection.reset();
        delivered.forEach(Runnable::run);
        assertThat(rebuild.isOwed()).isTrue();
        assertThat(aggregates().stored()).isEmpty();

        assertThat(rebuild.rebuild()).isTrue();

        assertThat(rebuild.isOwed()).isFalse();
        assertThat(aggregates().stored()).isEqualTo(before).isEqualTo(aggregates().counted());
    }

    @Test
    void aReplayedBatchInOneTransactionAddsNothingUntilTheRebuild() {
        var before = aggregates().stored();
        projection.reset();
        transactions.executeWithoutResult(status -> delivered.forEach(Runnable::run));
        assertThat(aggregates().stored()).isEmpty();

        rebuild.rebuild();

        assertThat(aggregates().stored()).isEqualTo(before);
    }

    @Test
    void aLiveBatchInOneTransactionAddsItsDifferencesAtItsCommit() {
        var before = aggregates().stored();
        transactions.executeWithoutResult(status -> projection.on(registered("55555555-5555-4555-8555-555555555555",
                "CSS-2026-000104", "2025-03-06T08:00:00Z"), 0));
        assertThat(aggregates().stored()).isNotEqualTo(before).isEqualTo(aggregates().counted());
    }

    @Test
    void aReplayedBatchStillOpenWhenTheReplayEndsHoldsTheRebuildBackAndIsCountedByIt() throws Exception {
        var before = aggregates().stored();
        projection.reset();
        var changed = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var batch = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            delivered.forEach(Runnable::run);
            changed.countDown();
            awaitQuietly(commit);
        }));
        assertThat(changed.await(10, SECONDS)).isTrue();

        var counting = CompletableFuture.supplyAsync(rebuild::rebuild);
        Thread.sleep(500);
        assertThat(counting).as("the rebuild waits for the batch that holds the owed row").isNotDone();
        commit.countDown();
        batch.get(10, SECONDS);

        assertThat(counting.get(10, SECONDS)).isTrue();
        assertThat(aggregates().stored()).isEqualTo(before).isEqualTo(aggregates().counted());
    }

    @Test
    void aRebuildWithNoReplayBehindItChangesNothing() {
        var before = aggregates().stored();
        assertThat(rebuild.rebuild()).isFalse();
        assertThat(aggregates().stored()).isEqualTo(before);
    }

    @Test
    void eventsAfterTheRebuildAreCountedAsTheyCome() {
        var before = aggregates().stored();
        projection.on(registered("55555555-5555-4555-8555-555555555555", "CSS-2026-000104",
                "2025-03-06T08:00:00Z"), 0);
        assertThat(aggregates().stored()).isNotEqualTo(before).isEqualTo(aggregates().counted());
    }

    @Test
    void anOwedRebuildIsRememberedInTheDatabaseAcrossARestart() {
        projection.reset();
        assertThat(new RebuildOwed(dataSource).isOwed()).isTrue();
        rebuild.rebuild();
        assertThat(new RebuildOwed(dataSource).isOwed()).isFalse();
    }

    @Test
    void erasureRemovesTheCommentAndKeepsTheScore() {
        assertThat(queries.handle(new FindSurveyQuery(r1)).comment()).isEqualTo("Děkuji");
        projection.on(new PersonalDataErasedEvent(r1, "Žádost subjektu údajů"), 6);
        var erased = queries.handle(new FindSurveyQuery(r1));
        assertThat(erased.comment()).isNull();
        assertThat(erased.score()).isEqualTo(4);
        assertThat(erased.version()).isEqualTo(6);
    }

    @Test
    void anErasedCommentReplaysAsNoComment() {
        projection.reset();
        projection.on(registered(r1, "CSS-2026-000101", "2025-03-03T08:00:00Z"), 0);
        projection.on(new SatisfactionSurveyOfferedEvent(r1, survey, NotificationChannel.EMAIL,
                at("2025-03-03T13:00:00Z"), at("2025-04-02T13:00:00Z")), 4);
        projection.on(new SatisfactionRecordedEvent(r1, survey, 4, ResolvedAnswer.YES, PersonalText.erased(),
                SurveyRespondent.CITIZEN_WITH_TOKEN, at("2025-03-04T08:00:00Z")), 5);
        assertThat(queries.handle(new FindSurveyQuery(r1)).comment()).isNull();
    }

    @Test
    void requestWithoutSurveyHasNone() {
        assertThat(queries.handle(new FindSurveyQuery(r3))).isNull();
    }

    private AggregatesOfTheFacts aggregates() {
        return new AggregatesOfTheFacts(dataSource, requestFacts, surveyFacts);
    }

    private MayorStatisticsView mayor() {
        return queries.handle(new FindMayorStatisticsQuery(IVANCICE, MARCH, LONG_AFTER));
    }

    private void deliver(Runnable delivery) {
        delivered.add(delivery);
        delivery.run();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static RequestRegisteredEvent registered(String id, String number, String receivedAt) {
        return new RequestRegisteredEvent(id, number, MunicipalityCode.of(IVANCICE), AgendaCode.of("PORUCHY"),
                RequestKind.REQUEST, Channel.PHONE, "Předmět", PersonalText.of("Popis"), Urgency.NORMAL,
                new CitizenContact("Jana", null, null, null), "jana.novakova", at(receivedAt),
                LocalDate.of(2025, 4, 1));
    }
}
