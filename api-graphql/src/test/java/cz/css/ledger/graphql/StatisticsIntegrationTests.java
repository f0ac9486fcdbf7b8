package cz.css.ledger.graphql;

import static cz.css.ledger.api.Channel.EMAIL;
import static cz.css.ledger.api.Channel.IN_PERSON;
import static cz.css.ledger.api.Channel.LETTER;
import static cz.css.ledger.api.Channel.PHONE;
import static cz.css.ledger.api.Channel.WEB_FORM;
import static cz.css.ledger.api.RequestKind.COMPLAINT;
import static cz.css.ledger.api.RequestKind.FAULT_OR_EMERGENCY;
import static cz.css.ledger.api.RequestKind.INFORMATION_REQUEST;
import static cz.css.ledger.api.RequestKind.REQUEST;
import static cz.css.ledger.api.RequestKind.SUGGESTION;
import static cz.css.ledger.api.ResolvedAnswer.NO;
import static cz.css.ledger.api.ResolvedAnswer.PARTLY;
import static cz.css.ledger.api.ResolvedAnswer.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import cz.css.ledger.ReplayedStatistics;
import cz.css.ledger.query.statistics.AggregatesRebuild;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mayor's statistics and the analysts' trends over a known set of requests in Ivančice, with
 * every expected figure worked out by hand below; and the same figures after the statistics
 * projection is replayed from the first event. Period: March 2025 (1-31 March, Prague), previous
 * period: the 31 days before it (29 January - 28 February). Times below are UTC; Prague is UTC+1
 * until 30 March 2025, so March starts at 2025-02-28T23:00Z and ends at 2025-03-31T22:00Z.
 */
@PostgresIntegrationTest
// Its events carry chosen past instants; in the shared database the ledger seal would rightly call
// them inserted into the past, so this class keeps its own database (and context).
@TestPropertySource(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/"
        + "${LEDGER_TEST_DB_NAME:ledger_test}_statistics")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {
    static final String IVANCICE = "583120";
    static final String OSLAVANY = "583588";
    static final Offset<Double> EXACT = within(1e-9);

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    AggregatesRebuild statisticsRebuild;

    KnownRequests known;

    /*
     * Current period, received in March 2025 (12 requests in Ivančice):
     *   name  received       agenda       kind         channel    what happened (hours after receipt)
     *   A1    03-03 08:00    PORUCHY      FAULT        PHONE      CSS resolved +2h, mayor informed 2h later, closed; survey 5 YES (code)
     *   A2    03-04 08:00    PORUCHY      FAULT        EMAIL      CSS +4h, mayor +24h, closed; survey 4 YES (code)
     *   A3    03-05 08:00    PORADENSTVI  INFORMATION  IN_PERSON  CSS +6h, mayor +12h, closed; survey 4 PARTLY (code)
     *   A4    03-06 08:00    PORADENSTVI  INFORMATION  PHONE      CSS +8h, mayor +4h, closed; survey 3 NO (phone)
     *   A5    03-07 08:00    ZADOSTI      REQUEST      WEB_FORM   CSS +10h, mayor +6h, closed; survey 2 YES (phone)
     *   M1    03-10 08:00    PORUCHY      COMPLAINT    LETTER     routed, municipality resolved +48h, closed; survey offered, no answer
     *   B1    03-20 08:00    DOTACE       REQUEST      EMAIL      CSS +12h (03-20 20:00), mayor NOT informed
     *   B2    03-25 08:00    PORUCHY      FAULT        PHONE      CSS +30h (03-26 14:00), mayor NOT informed
     *   W1    03-02 08:00    ROZVOJ       SUGGESTION   WEB_FORM   routed 03-02 10:00, still waiting
     *   W2    03-28 08:00    PORUCHY      FAULT        PHONE      routed 03-28 09:00, still waiting
     *   R1    03-29 08:00    PORADENSTVI  REQUEST      IN_PERSON  received only
     *   D1    03-15 08:00    ZADOSTI      REQUEST      EMAIL      withdrawn
     * Previous period, received 29 Jan - 28 Feb 2025 (5 requests):
     *   X1    02-20 08:00    DOTACE       REQUEST      EMAIL      routed 02-20 10:00, municipality resolved 03-02 08:00 (+240h, in March)
     *   P1    02-03 08:00    PORUCHY      FAULT        PHONE      CSS +1h, mayor 2h later, closed; survey 4 YES (code)
     *   P2    02-10 08:00    PORADENSTVI  INFORMATION  EMAIL      CSS +3h (02-10 11:00), mayor informed only 03-03 08:00 (+501h, in March)
     *   P3    02-12 08:00    ZADOSTI      REQUEST      WEB_FORM   CSS +5h, mayor +24h, closed; survey 2 NO (phone)
     *   P4    02-14 08:00    PORUCHY      COMPLAINT    LETTER     routed, municipality resolved +97h (02-18 09:00), closed; survey, no answer
     * Elsewhere: O1 in Oslavany, March, resolved and answered: it must not count for Ivančice.
     */
    @BeforeAll
    void knownRequests() {
        known = new KnownRequests(commands);
        known.register("A1", IVANCICE, "2025-03-03T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, PHONE)
                .resolveByCss("A1", "2025-03-03T10:00:00Z").informMayor("A1", "2025-03-03T12:00:00Z")
                .close("A1", "2025-03-03T13:00:00Z").offerSurvey("A1", "2025-03-03T13:00:00Z")
                .answerWithCode("A1", "2025-03-04T13:00:00Z", 5, YES);
        known.register("A2", IVANCICE, "2025-03-04T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, EMAIL)
                .resolveByCss("A2", "2025-03-04T12:00:00Z").informMayor("A2", "2025-03-05T12:00:00Z")
                .close("A2", "2025-03-05T13:00:00Z").offerSurvey("A2", "2025-03-05T13:00:00Z")
                .answerWithCode("A2", "2025-03-06T10:00:00Z", 4, YES);
        known.register("A3", IVANCICE, "2025-03-05T08:00:00Z", "PORADENSTVI", INFORMATION_REQUEST, IN_PERSON)
                .resolveByCss("A3", "2025-03-05T14:00:00Z").informMayor("A3", "2025-03-06T02:00:00Z")
                .close("A3", "2025-03-06T12:00:00Z").offerSurvey("A3", "2025-03-06T13:00:00Z")
                .answerWithCode("A3", "2025-03-07T10:00:00Z", 4, PARTLY);
        known.register("A4", IVANCICE, "2025-03-06T08:00:00Z", "PORADENSTVI", INFORMATION_REQUEST, PHONE)
                .resolveByCss("A4", "2025-03-06T16:00:00Z").informMayor("A4", "2025-03-06T20:00:00Z")
                .close("A4", "2025-03-07T08:00:00Z").offerSurvey("A4", "2025-03-07T09:00:00Z")
                .answerByPhone("A4", "2025-03-08T10:00:00Z", 3, NO);
        known.register("A5", IVANCICE, "2025-03-07T08:00:00Z", "ZADOSTI", REQUEST, WEB_FORM)
                .resolveByCss("A5", "2025-03-07T18:00:00Z").informMayor("A5", "2025-03-08T00:00:00Z")
                .close("A5", "2025-03-08T08:00:00Z").offerSurvey("A5", "2025-03-08T09:00:00Z")
                .answerByPhone("A5", "2025-03-10T10:00:00Z", 2, YES);
        known.register("M1", IVANCICE, "2025-03-10T08:00:00Z", "PORUCHY", COMPLAINT, LETTER)
                .route("M1", "2025-03-10T10:00:00Z").municipalityResolves("M1", "2025-03-12T08:00:00Z")
                .close("M1", "2025-03-12T10:00:00Z").offerSurvey("M1", "2025-03-12T10:00:00Z");
        known.register("B1", IVANCICE, "2025-03-20T08:00:00Z", "DOTACE", REQUEST, EMAIL)
                .resolveByCss("B1", "2025-03-20T20:00:00Z");
        known.register("B2", IVANCICE, "2025-03-25T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, PHONE)
                .resolveByCss("B2", "2025-03-26T14:00:00Z");
        known.register("W1", IVANCICE, "2025-03-02T08:00:00Z", "ROZVOJ", SUGGESTION, WEB_FORM)
                .route("W1", "2025-03-02T10:00:00Z");
        known.register("W2", IVANCICE, "2025-03-28T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, PHONE)
                .route("W2", "2025-03-28T09:00:00Z");
        known.register("R1", IVANCICE, "2025-03-29T08:00:00Z", "PORADENSTVI", REQUEST, IN_PERSON);
        known.register("D1", IVANCICE, "2025-03-15T08:00:00Z", "ZADOSTI", REQUEST, EMAIL)
                .withdraw("D1", "2025-03-16T08:00:00Z");

        known.register("X1", IVANCICE, "2025-02-20T08:00:00Z", "DOTACE", REQUEST, EMAIL)
                .route("X1", "2025-02-20T10:00:00Z").municipalityResolves("X1", "2025-03-02T08:00:00Z");
        known.register("P1", IVANCICE, "2025-02-03T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, PHONE)
                .resolveByCss("P1", "2025-02-03T09:00:00Z").informMayor("P1", "2025-02-03T11:00:00Z")
                .close("P1", "2025-02-03T12:00:00Z").offerSurvey("P1", "2025-02-03T12:00:00Z")
                .answerWithCode("P1", "2025-02-04T08:00:00Z", 4, YES);
        known.register("P2", IVANCICE, "2025-02-10T08:00:00Z", "PORADENSTVI", INFORMATION_REQUEST, EMAIL)
                .resolveByCss("P2", "2025-02-10T11:00:00Z").informMayor("P2", "2025-03-03T08:00:00Z");
        known.register("P3", IVANCICE, "2025-02-12T08:00:00Z", "ZADOSTI", REQUEST, WEB_FORM)
                .resolveByCss("P3", "2025-02-12T13:00:00Z").informMayor("P3", "2025-02-13T13:00:00Z")
                .close("P3", "2025-02-13T14:00:00Z").offerSurvey("P3", "2025-02-13T14:00:00Z")
                .answerByPhone("P3", "2025-02-14T09:00:00Z", 2, NO);
        known.register("P4", IVANCICE, "2025-02-14T08:00:00Z", "PORUCHY", COMPLAINT, LETTER)
                .route("P4", "2025-02-14T09:00:00Z").municipalityResolves("P4", "2025-02-18T09:00:00Z")
                .close("P4", "2025-02-18T10:00:00Z").offerSurvey("P4", "2025-02-18T10:00:00Z");

        known.register("O1", OSLAVANY, "2025-03-05T08:00:00Z", "PORUCHY", FAULT_OR_EMERGENCY, PHONE)
                .resolveByCss("O1", "2025-03-05T09:00:00Z").informMayor("O1", "2025-03-05T10:00:00Z")
                .close("O1", "2025-03-05T11:00:00Z").offerSurvey("O1", "2025-03-05T11:00:00Z")
                .answerByPhone("O1", "2025-03-06T11:00:00Z", 1, NO);

        KnownRequests.awaitCaughtUp(processing, events, "statistics");
    }

    @Test
    void mayorsStatisticsAreTheFiguresWorkedOutByHand() {
        assertMayorStatistics(mayorStatistics(TestUser.MAYOR));
    }

    @Test
    void analystsTrendsAreTheFiguresWorkedOutByHand() {
        assertTrends();
    }

    @Test
    void percentilesAreInterpolatedInDoublePrecision() {
        // the percentiles are interpolated from the histograms in double precision, step by step as PostgreSQL's
        // percentile_cont did from the durations: the previous period's p90 of 1 3 5 97 h (each alone in its
        // bucket, so exact) is at rank 3 * 0.9, which in double precision is 2.7000000000000002, so the figure is
        // 69.40000000000002, not 69.4
        double rank = (4 - 1) * 0.9;
        double seconds = 5 * 3600.0 + (rank - 2) * (97 * 3600.0 - 5 * 3600.0);
        var p90 = durations(mayorStatistics(TestUser.MAYOR), "timeToResolution").get("p90Hours");
        assertThat(p90.get(1)).isEqualTo(seconds / 3600.0).isNotEqualTo(69.4);
    }

    @Test
    void replayedProjectionGivesTheSameFigures() {
        KnownRequests.replay(processing, events, "statistics", () -> assertThat(
                figure(mayorStatistics(TestUser.MAYOR), "received")).as("emptied by the reset")
                .containsExactly(0L, 0L, 0L));
        ReplayedStatistics.awaitAggregatesCounted(statisticsRebuild);
        assertMayorStatistics(mayorStatistics(TestUser.MAYOR));
        assertTrends();
        assertThat(csv("/export/mayor-statistics.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31",
                TestUser.MAYOR).body()).contains("received;Přijaté podněty;;12;5;7;");
    }

    @Test
    void staffAndAnalystsMaySeeAnyMunicipalitysStatistics() {
        assertMayorStatistics(statisticsAs(TestUser.ANALYST, IVANCICE));
        assertMayorStatistics(statisticsAs(TestUser.SUPERVISOR, IVANCICE));
        Map<String, Object> oslavany = statisticsAs(TestUser.STAFF, OSLAVANY);
        assertThat(figure(oslavany, "received")).containsExactly(1L, 0L, 1L);
    }

    @Test
    void mayorAskingForAnotherMunicipalityIsForbidden() {
        GraphQlClient.as(TestUser.MAYOR, port).documentName("mayorStatistics")
                .variables(Map.of("municipalityCode", OSLAVANY, "from", "2025-03-01", "to", "2025-03-31"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("FORBIDDEN");
                    assertThat(error.getMessage()).contains("583120 only, not 583588");
                }));
        GraphQlClient.as(TestUser.MAYOR, port).documentName("satisfactionTrends")
                .variables(Map.of("granularity", "MONTH", "from", "2025-03-01", "to", "2025-03-31",
                        "filter", Map.of("municipalityCode", OSLAVANY)))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
        assertThat(csv("/export/mayor-statistics.csv?municipalityCode=583588&from=2025-03-01&to=2025-03-31",
                TestUser.MAYOR).statusCode()).isEqualTo(403);
    }

    @Test
    void mayorsTrendsAreNarrowedToTheirMunicipality() {
        var points = trendPoints(TestUser.MAYOR, "MONTH", "2025-03-01", "2025-03-31", Map.of());
        assertThat(points).singleElement().satisfies(march -> assertThat(march)
                .containsEntry("surveysOffered", 6).containsEntry("resolved", 9));
    }

    private void assertMayorStatistics(Map<String, Object> s) {
        assertThat(s).containsEntry("municipalityCode", IVANCICE)
                .containsEntry("period", Map.of("from", "2025-03-01", "to", "2025-03-31"))
                .containsEntry("previousPeriod", Map.of("from", "2025-01-29", "to", "2025-02-28"))
                .containsEntry("asOf", "2025-03-31T22:00:00Z").containsEntry("previousAsOf", "2025-02-28T23:00:00Z");

        // received in March: A1-A5, M1, B1, B2, W1, W2, R1, D1 = 12; before: X1, P1-P4 = 5
        assertThat(figure(s, "received")).containsExactly(12L, 5L, 7L);
        // status now: March: A1-A5 and M1 closed, B1 B2 resolved by CSS, W1 W2 routed, R1 received, D1 withdrawn;
        // before: P1 P3 P4 closed, P2 mayor informed, X1 resolved by the municipality
        assertThat(groups(s, "byStatus")).containsExactly(
                Map.entry("RECEIVED", List.of(1L, 0L, 1L)),
                Map.entry("RESOLVED_BY_CSS", List.of(2L, 0L, 2L)),
                Map.entry("MAYOR_INFORMED", List.of(0L, 1L, -1L)),
                Map.entry("ROUTED_TO_MUNICIPALITY", List.of(2L, 0L, 2L)),
                Map.entry("RESOLVED_BY_MUNICIPALITY", List.of(0L, 1L, -1L)),
                Map.entry("RETURNED_TO_CSS", List.of(0L, 0L, 0L)),
                Map.entry("DECLINED", List.of(0L, 0L, 0L)),
                Map.entry("WITHDRAWN", List.of(1L, 0L, 1L)),
                Map.entry("CLOSED", List.of(6L, 3L, 3L)));
        // PORUCHY: A1 A2 M1 B2 W2 | P1 P4; PORADENSTVI: A3 A4 R1 | P2; ZADOSTI: A5 D1 | P3; DOTACE: B1 | X1; ROZVOJ: W1
        assertThat(groups(s, "byAgenda")).containsExactly(
                Map.entry("DOTACE", List.of(1L, 1L, 0L)),
                Map.entry("PORADENSTVI", List.of(3L, 1L, 2L)),
                Map.entry("PORUCHY", List.of(5L, 2L, 3L)),
                Map.entry("ROZVOJ", List.of(1L, 0L, 1L)),
                Map.entry("ZADOSTI", List.of(2L, 1L, 1L)));
        // REQUEST: A5 B1 R1 D1 | P3 X1; SUGGESTION: W1; COMPLAINT: M1 | P4; INFORMATION: A3 A4 | P2; FAULT: A1 A2 B2 W2 | P1
        assertThat(groups(s, "byKind")).containsExactly(
                Map.entry("REQUEST", List.of(4L, 2L, 2L)),
                Map.entry("SUGGESTION", List.of(1L, 0L, 1L)),
                Map.entry("COMPLAINT", List.of(1L, 1L, 0L)),
                Map.entry("INFORMATION_REQUEST", List.of(2L, 1L, 1L)),
                Map.entry("FAULT_OR_EMERGENCY", List.of(4L, 1L, 3L)),
                Map.entry("OTHER", List.of(0L, 0L, 0L)));
        // IN_PERSON: A3 R1; PHONE: A1 A4 B2 W2 | P1; EMAIL: A2 B1 D1 | P2 X1; LETTER: M1 | P4; WEB_FORM: A5 W1 | P3
        assertThat(groups(s, "byChannel")).containsExactly(
                Map.entry("IN_PERSON", List.of(2L, 0L, 2L)),
                Map.entry("PHONE", List.of(4L, 1L, 3L)),
                Map.entry("EMAIL", List.of(3L, 2L, 1L)),
                Map.entry("LETTER", List.of(1L, 1L, 0L)),
                Map.entry("WEB_FORM", List.of(2L, 1L, 1L)),
                Map.entry("DATA_BOX", List.of(0L, 0L, 0L)));
        // resolved by the CSS: A1-A5 B1 B2 = 7 | P1 P2 P3 = 3; routed: M1 W1 W2 = 3 | P4 X1 = 2
        assertThat(figure(s, "resolvedByCss")).containsExactly(7L, 3L, 4L);
        assertThat(figure(s, "routedToMunicipality")).containsExactly(3L, 2L, 1L);

        // mayor not informed at 03-31 22:00: B1 (11 days 2 h), B2 (5 days 8 h); at 02-28 23:00: P2 (informed only 03-03)
        assertThat(figure(s, "mayorNotInformed")).containsExactly(2L, 1L, 1L);
        assertThat(list(s, "notInformed")).extracting(r -> r.get("registrationNumber"), r -> r.get("agendaCode"),
                r -> r.get("resolvedAt"), r -> r.get("ageDays")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(number("B1"), "DOTACE", "2025-03-20T20:00:00Z", 11),
                org.assertj.core.groups.Tuple.tuple(number("B2"), "PORUCHY", "2025-03-26T14:00:00Z", 5));
        // waiting on the municipality at 03-31 22:00: W1 (29 days 12 h), W2 (3 days 13 h);
        // at 02-28 23:00: X1 (8 days 13 h; answered only 03-02)
        assertThat(figure(s, "waitingOnMunicipality")).containsExactly(2L, 1L, 1L);
        assertThat(groups(s, "waitingByAge")).containsExactly(
                Map.entry("0-7", List.of(1L, 0L, 1L)),
                Map.entry("8-15", List.of(0L, 1L, -1L)),
                Map.entry("16-30", List.of(1L, 0L, 1L)),
                Map.entry("31-60", List.of(0L, 0L, 0L)),
                Map.entry("over-60", List.of(0L, 0L, 0L)));

        // resolved in March, hours from receipt, sorted: 2 4 6 8 10 (A1-A5) 12 (B1) 30 (B2) 48 (M1) 240 (X1), n = 9
        //   median = x[4] = 10; p90: rank 8 * 0.9 = 7.2 -> 48 + 0.2 * (240 - 48) = 86.4
        // resolved before: 1 (P1) 3 (P2) 5 (P3) 97 (P4), n = 4
        //   median: rank 1.5 -> 3 + 0.5 * 2 = 4; p90: rank 2.7 -> 5 + 0.7 * 92 = 69.4
        var resolution = durations(s, "timeToResolution");
        assertThat(resolution.get("count")).containsExactly(9.0, 4.0, 5.0);
        assertDecimal(resolution.get("medianHours"), 10.0, 4.0, 6.0);
        assertDecimal(resolution.get("p90Hours"), 86.4, 69.4, 17.0);
        // mayor informed in March, hours from the CSS's resolution: 2 (A1) 4 (A4) 6 (A5) 12 (A3) 24 (A2) 501 (P2), n = 6
        //   median: rank 2.5 -> 6 + 0.5 * 6 = 9; p90: rank 4.5 -> 24 + 0.5 * 477 = 262.5
        // before: 2 (P1) 24 (P3): median 13, p90: rank 0.9 -> 2 + 0.9 * 22 = 21.8
        var informing = durations(s, "timeToInformMayor");
        assertThat(informing.get("count")).containsExactly(6.0, 2.0, 4.0);
        assertDecimal(informing.get("medianHours"), 9.0, 13.0, -4.0);
        assertDecimal(informing.get("p90Hours"), 262.5, 21.8, 240.7);

        // surveys offered in March: A1-A5, M1 = 6; answered A1-A5 = 5, scores 5 4 4 3 2 -> 18 / 5 = 3.6,
        //   YES: A1 A2 A5 -> 3 / 5; before: P1 P3 P4 = 3, answered P1 P3 = 2 < 5 -> average withheld
        @SuppressWarnings("unchecked")
        var satisfaction = (Map<String, Object>) s.get("satisfaction");
        assertThat(figure(satisfaction, "offered")).containsExactly(6L, 3L, 3L);
        assertThat(figure(satisfaction, "responses")).containsExactly(5L, 2L, 3L);
        assertDecimal(satisfaction.get("responseRate"), 5.0 / 6, 2.0 / 3, 1.0 / 6);
        assertDecimal(satisfaction.get("averageScore"), 3.6, null, null);
        assertDecimal(satisfaction.get("resolvedShare"), 0.6, null, null);
        assertThat(satisfaction).containsEntry("withheld", false).containsEntry("previousWithheld", true)
                .containsEntry("minimumAnswers", 5);
    }

    private void assertTrends() {
        // months of Q1 2025 in Ivančice: nothing in January; February = the previous period above;
        // March = the current period above
        var months = trendPoints(TestUser.ANALYST, "MONTH", "2025-01-15", "2025-03-10", Map.of("municipalityCode",
                IVANCICE));
        assertThat(months).extracting(p -> p.get("label"), p -> p.get("start"), p -> p.get("end")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2025-01", "2025-01-01", "2025-01-31"),
                org.assertj.core.groups.Tuple.tuple("2025-02", "2025-02-01", "2025-02-28"),
                org.assertj.core.groups.Tuple.tuple("2025-03", "2025-03-01", "2025-03-31"));
        assertPoint(months.get(0), 0, 0, null, null, false, null, 0, null, null);
        assertPoint(months.get(1), 3, 2, 2.0 / 3, null, true, null, 4, 4.0, 69.4);
        assertPoint(months.get(2), 6, 5, 5.0 / 6, 3.6, false, 0.6, 9, 10.0, 86.4);

        // the quarter: offers 3 + 6 = 9, answers 2 + 5 = 7, scores 4 + 2 + 18 = 24 -> 24 / 7, YES 1 + 3 = 4 / 7;
        // resolved 4 + 9 = 13 sorted 1 2 3 4 5 6 8 10 12 30 48 97 240: median x[6] = 8,
        // p90: rank 12 * 0.9 = 10.8 -> 48 + 0.8 * (97 - 48) = 87.2
        var quarter = trendPoints(TestUser.ANALYST, "QUARTER", "2025-02-01", "2025-02-01", Map.of("municipalityCode",
                IVANCICE));
        assertThat(quarter).singleElement().satisfies(q -> {
            assertThat(q).containsEntry("label", "2025-Q1").containsEntry("start", "2025-01-01")
                    .containsEntry("end", "2025-03-31");
            assertPoint(q, 9, 7, 7.0 / 9, 24.0 / 7, false, 4.0 / 7, 13, 8.0, 87.2);
        });

        // ISO weeks touching March: W09 (24 Feb - 2 Mar) ... W14 (31 Mar - 6 Apr)
        var weeks = trendPoints(TestUser.ANALYST, "WEEK", "2025-03-01", "2025-03-31", Map.of("municipalityCode",
                IVANCICE));
        assertThat(weeks).extracting(p -> p.get("label")).containsExactly("2025-W09", "2025-W10", "2025-W11",
                "2025-W12", "2025-W13", "2025-W14");
        assertPoint(weeks.get(0), 0, 0, null, null, false, null, 1, 240.0, 240.0); // X1 resolved Sunday 2 March
        // W10: A1-A5 resolved (2 4 6 8 10: median 6, p90 rank 3.6 -> 8 + 0.6 * 2 = 9.2) and offered, all answered
        assertPoint(weeks.get(1), 5, 5, 1.0, 3.6, false, 0.6, 5, 6.0, 9.2);
        assertPoint(weeks.get(2), 1, 0, 0.0, null, false, null, 1, 48.0, 48.0); // M1
        assertPoint(weeks.get(3), 0, 0, null, null, false, null, 1, 12.0, 12.0); // B1
        assertPoint(weeks.get(4), 0, 0, null, null, false, null, 1, 30.0, 30.0); // B2
        assertPoint(weeks.get(5), 0, 0, null, null, false, null, 0, null, null);

        // who resolved: the CSS (A1-A5 answered; resolved 2 4 6 8 10 12 30: median 8, p90 rank 5.4 -> 12 + 0.4 * 18)
        var css = trendPoints(TestUser.ANALYST, "MONTH", "2025-03-01", "2025-03-31",
                Map.of("municipalityCode", IVANCICE, "resolver", "CSS"));
        assertPoint(css.get(0), 5, 5, 1.0, 3.6, false, 0.6, 7, 8.0, 19.2);
        // the municipality: M1 offered, not answered; resolved M1 48, X1 240: median 144, p90 48 + 0.9 * 192
        var municipality = trendPoints(TestUser.ANALYST, "MONTH", "2025-03-01", "2025-03-31",
                Map.of("municipalityCode", IVANCICE, "resolver", "MUNICIPALITY"));
        assertPoint(municipality.get(0), 1, 0, 0.0, null, false, null, 2, 144.0, 220.8);
        // one answer (A1: phone, PORUCHY, fault) is fewer than 5: its average is withheld, the count shown
        var oneAnswer = trendPoints(TestUser.ANALYST, "MONTH", "2025-03-01", "2025-03-31",
                Map.of("municipalityCode", IVANCICE, "agendaCode", "PORUCHY", "kind", "FAULT_OR_EMERGENCY",
                        "channel", "PHONE"));
        assertPoint(oneAnswer.get(0), 1, 1, 1.0, null, true, null, 2, 16.0, 27.2); // A1 2 h, B2 30 h
    }

    @Nested
    class CsvExports {

        @Test
        void mayorsStatisticsOpenInCzechExcel() {
            var response = csv("/export/mayor-statistics.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31",
                    TestUser.MAYOR);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment").contains("statistiky-583120-2025-03-01-2025-03-31.csv");
            assertThat(Arrays.copyOf(response.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(response.lines()).first().isEqualTo("Klíč;Ukazatel;Skupina;Období 01.03.2025–31.03.2025;"
                    + "Předchozí období 29.01.2025–28.02.2025;Změna;Poznámka");
            assertThat(response.lines()).contains(
                    "received;Přijaté podněty;;12;5;7;",
                    "byStatus;Přijaté podněty podle stavu;CLOSED;6;3;3;",
                    "byAgenda;Přijaté podněty podle agendy;PORUCHY;5;2;3;",
                    "waitingByAge;Čeká na obec podle stáří (dny);8-15;0;1;-1;",
                    "timeToResolution.medianHours;Doba do vyřízení – medián (h);;10;4;6;",
                    "timeToResolution.p90Hours;Doba do vyřízení – 90. percentil (h);;86,4;69,4;17;",
                    "timeToInformMayor.p90Hours;Doba do informování starosty – 90. percentil (h);;262,5;21,8;240,7;",
                    "satisfaction.responseRate;Míra odpovědí (podíl);;0,8333;0,6667;0,1667;",
                    "satisfaction.averageScore;Průměrná spokojenost (1–5);;3,6;;;"
                            + "skryto v předchozím období: méně než 5 odpovědí");
            assertThat(response.body()).contains("\r\n");
        }

        @Test
        void notInformedListHasTheAgeOfEachRequest() {
            var response = csv("/export/mayor-not-informed.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31",
                    TestUser.STAFF);
            assertThat(response.lines()).containsExactly(
                    "Evidenční číslo;Agenda;Vyřízeno CSS;Stáří (dny) k 01.04.2025 00:00",
                    number("B1") + ";DOTACE;20.03.2025 21:00;11",
                    number("B2") + ";PORUCHY;26.03.2025 15:00;5");
        }

        @Test
        void requestListHasEachStepInPragueTimeAndNoPersonalData() {
            var response = csv("/export/requests.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31",
                    TestUser.MAYOR);
            assertThat(response.statusCode()).isEqualTo(200);
            var lines = response.lines();
            assertThat(lines).hasSize(13);
            assertThat(lines.get(0)).startsWith("Evidenční číslo;Obec;Agenda;Druh;Kanál;Stav;Přijato;Vyřídil;");
            // W1 was received first (2 March, 9:00 in Prague) and is still routed
            assertThat(lines.get(1)).isEqualTo(number("W1") + ";583120;ROZVOJ;SUGGESTION;WEB_FORM;"
                    + "ROUTED_TO_MUNICIPALITY;02.03.2025 09:00;;;02.03.2025 11:00;;;;;;;");
            assertThat(lines.get(2)).isEqualTo(number("A1") + ";583120;PORUCHY;FAULT_OR_EMERGENCY;PHONE;CLOSED;"
                    + "03.03.2025 09:00;CSS;03.03.2025 11:00;;;03.03.2025 13:00;;03.03.2025 14:00;RESOLVED;"
                    + "03.03.2025 14:00;04.03.2025 14:00");
            // neither the citizen, the description, the subject nor the survey's comment or score
            assertThat(response.body()).doesNotContain("Občan A1").doesNotContain("Podnět A1")
                    .doesNotContain("Statistika A1").doesNotContain("Komentář A1");
        }

        @Test
        void trendsExportWithholdsSmallAverages() {
            var response = csv("/export/satisfaction-trends.csv?granularity=MONTH&from=2025-02-01&to=2025-03-31"
                    + "&municipalityCode=583120", TestUser.ANALYST);
            assertThat(response.lines()).containsExactly(
                    "Období;Od;Do;Nabídnuté dotazníky;Odpovědi;Míra odpovědí;Průměrná spokojenost (1–5);"
                            + "Podíl „vyřešeno“;Poznámka;Vyřízené podněty;Doba vyřízení – medián (h);"
                            + "Doba vyřízení – 90. percentil (h)",
                    "2025-02;01.02.2025;28.02.2025;3;2;0,6667;;;skryto: méně než 5 odpovědí;4;4;69,4",
                    "2025-03;01.03.2025;31.03.2025;6;5;0,8333;3,6;0,6;;9;10;86,4");
        }

        @Test
        void analystsGetAggregatesButNotTheRequestList() {
            assertThat(csv("/export/requests.csv?from=2025-03-01&to=2025-03-31", TestUser.ANALYST).statusCode())
                    .isEqualTo(403);
            assertThat(csv("/export/mayor-statistics.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31",
                    TestUser.ANALYST).statusCode()).isEqualTo(200);
        }

        @Test
        void mayorGetsTheRequestListOfTheirMunicipalityOnly() {
            assertThat(csv("/export/requests.csv?municipalityCode=583588&from=2025-03-01&to=2025-03-31",
                    TestUser.MAYOR).statusCode()).isEqualTo(403);
            assertThat(csv("/export/requests.csv?from=2025-03-01&to=2025-03-31", TestUser.MAYOR).lines())
                    .hasSize(13);
        }

        @Test
        void exportsNeedSignInAndRefuseBadInput() throws Exception {
            var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + port + "/export/mayor-statistics.csv?municipalityCode=583120&from=2025-03-01&to=2025-03-31"))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            var backwards = csv("/export/mayor-statistics.csv?municipalityCode=583120&from=2025-03-31&to=2025-03-01",
                    TestUser.STAFF);
            assertThat(backwards.statusCode()).isEqualTo(400);
            assertThat(backwards.body()).contains("ends (2025-03-01) before it starts (2025-03-31)");
        }
    }

    // --- helpers

    private String number(String name) {
        return GraphQlClient.over(port).documentName("requestDetail").variable("id", known.id(name)).execute()
                .path("request.registrationNumber").entity(String.class).get();
    }

    private Map<String, Object> mayorStatistics(TestUser user) {
        return statisticsAs(user, IVANCICE);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statisticsAs(TestUser user, String municipality) {
        return GraphQlClient.as(user, port).documentName("mayorStatistics")
                .variables(Map.of("municipalityCode", municipality, "from", "2025-03-01", "to", "2025-03-31"))
                .execute().path("mayorStatistics").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> trendPoints(TestUser user, String granularity, String from, String to,
            Map<String, Object> filter) {
        var variables = new HashMap<String, Object>(Map.of("granularity", granularity, "from", from, "to", to));
        variables.put("filter", filter);
        var trends = GraphQlClient.as(user, port).documentName("satisfactionTrends").variables(variables).execute()
                .path("satisfactionTrends").entity(Map.class).get();
        assertThat(trends).containsEntry("granularity", granularity).containsEntry("minimumAnswers", 5);
        return (List<Map<String, Object>>) trends.get("points");
    }

    private static void assertPoint(Map<String, Object> point, int offered, int responses, Double rate,
            Double average, boolean withheld, Double resolvedShare, int resolved, Double median, Double p90) {
        assertThat(point).containsEntry("surveysOffered", offered).containsEntry("responses", responses)
                .containsEntry("averageWithheld", withheld).containsEntry("resolved", resolved);
        assertNumber(point.get("responseRate"), rate);
        assertNumber(point.get("averageScore"), average);
        assertNumber(point.get("resolvedShare"), resolvedShare);
        assertNumber(point.get("medianResolutionHours"), median);
        assertNumber(point.get("p90ResolutionHours"), p90);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> figure(Map<String, Object> statistics, String name) {
        var figure = (Map<String, Object>) statistics.get(name);
        return List.of(number(figure.get("current")), number(figure.get("previous")), number(figure.get("change")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map.Entry<String, List<Long>>> groups(Map<String, Object> statistics, String name) {
        return ((List<Map<String, Object>>) statistics.get(name)).stream()
                .map(group -> Map.entry((String) group.get("key"), List.of(number(group.get("current")),
                        number(group.get("previous")), number(group.get("change")))))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> statistics, String name) {
        return (List<Map<String, Object>>) statistics.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Double>> durations(Map<String, Object> statistics, String name) {
        var durations = (Map<String, Map<String, Object>>) statistics.get(name);
        var result = new HashMap<String, List<Double>>();
        durations.forEach((key, figure) -> result.put(key, Arrays.asList(decimal(figure.get("current")),
                decimal(figure.get("previous")), decimal(figure.get("change")))));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void assertDecimal(Object figure, Double current, Double previous, Double change) {
        List<Double> values = figure instanceof List<?> list ? (List<Double>) list : List.of();
        if (figure instanceof Map<?, ?> map) {
            values = Arrays.asList(decimal(map.get("current")), decimal(map.get("previous")),
                    decimal(map.get("change")));
        }
        assertNumber(values.get(0), current);
        assertNumber(values.get(1), previous);
        assertNumber(values.get(2), change);
    }

    private static void assertNumber(Object actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(decimal(actual)).isCloseTo(expected, EXACT);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private CsvResponse csv(String path, TestUser user) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user.username + ":" + user.password).getBytes(StandardCharsets.UTF_8)))
                    .build();
            return new CsvResponse(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    record CsvResponse(HttpResponse<byte[]> response) {
        int statusCode() {
            return response.statusCode();
        }

        java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        byte[] bytes() {
            return response.body();
        }

        /** The text after the byte-order mark. */
        String body() {
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<String> lines() {
            return List.of(body().split("\r\n"));
        }
    }
}
