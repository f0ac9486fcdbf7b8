package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static cz.css.ledger.graphql.Ledger.NOVA_VES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import cz.css.ledger.Downloads;
import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Auditors read a request's full history and its state at any instant straight from the event store. */
@PostgresIntegrationTest
class AuditHistoryIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    Ledger ledger;
    GraphQlTester auditor;

    @BeforeEach
    void connect() {
        ledger = new Ledger(GraphQlClient.over(port));
        auditor = GraphQlClient.as(TestUser.AUDITOR, port);
    }

    @Test
    void historyOfARequestResolvedByCssListsEveryEventWithMeaningActorChainAndStoredJson() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("resolveByCss", id, "resolution", "Technické služby lampu vymění.");
        ledger.act("informMayor", id, "mayorName", "Milan Buček", "method", "PHONE", "message", "Lampa vyměněna.");
        ledger.act("notifyCitizen", id, "channel", "PHONE", "message", "Lampa bude vyměněna.");
        ledger.act("closeRequest", id, "outcome", "RESOLVED");

        var history = historyOf(id);
        List<Map<String, Object>> events = events(history);

        assertThat(history).containsEntry("requestId", id).containsEntry("municipalityCode", IVANCICE);
        assertThat(events).extracting(event -> event.get("type")).containsExactly("RequestRegisteredEvent",
                "RequestResolvedByCssEvent", "MayorInformedEvent", "CitizenNotifiedEvent", "RequestClosedEvent");
        assertThat(events).extracting(event -> event.get("sequence")).containsExactly(0, 1, 2, 3, 4);
        assertThat(events).allSatisfy(event -> {
            assertThat(event).containsEntry("actor", "jana.novakova").containsEntry("actorRole", "STAFF");
            assertThat((String) event.get("meaning")).isNotBlank().doesNotContain("no meaning recorded");
            assertThat((String) event.get("correlationId")).isNotBlank();
            assertThat((String) event.get("causationId")).isNotBlank();
            assertThat(json.readTree((String) event.get("metaData")).get("actor").asString()).isEqualTo("jana.novakova");
        });
        assertThat(events.get(2).get("meaning")).asString().contains("informed the mayor");
        assertThat(events.get(0)).containsEntry("payloadType", "cz.css.ledger.api.RequestRegisteredEvent");
        var registered = json.readTree((String) events.get(0).get("payload"));
        assertThat(registered.get("requestId").asString()).isEqualTo(id);
        assertThat(registered.get("registrationNumber").asString()).isEqualTo(history.get("registrationNumber"));
        assertThat(json.readTree((String) events.get(2).get("payload")).get("mayorName").asString())
                .isEqualTo("Milan Buček");
        // every API call starts its own chain of messages
        assertThat(events).extracting(event -> event.get("correlationId")).doesNotHaveDuplicates();
        assertThat(events).extracting(event -> Instant.parse((String) event.get("timestamp"))).isSorted();
    }

    @Test
    void historyOfARequestRoutedToTheMunicipalityDownloadsAsJsonLines() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("routeToMunicipality", id, "recipient", "Odbor správy majetku", "reason", "Lampy spravuje město");
        ledger.act("prepareSupportingDocuments", id, "documents", "Fotografie místa");
        ledger.act("recordMunicipalityResolution", id, "outcome", "Město objednalo opravu");
        ledger.act("closeRequest", id, "outcome", "RESOLVED");

        assertThat(events(historyOf(id))).extracting(event -> event.get("type")).containsExactly(
                "RequestRegisteredEvent", "RequestRoutedToMunicipalityEvent", "SupportingDocumentsPreparedEvent",
                "MunicipalityResolvedRequestEvent", "RequestClosedEvent");

        var download = Downloads.get(TestUser.AUDITOR, port, "/api/audit/requests/" + id + "/history.jsonl");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/jsonl"));
        var lines = download.body().lines().map(json::readTree).toList();
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(line -> line.get("type").asString()).containsExactly("RequestRegisteredEvent",
                "RequestRoutedToMunicipalityEvent", "SupportingDocumentsPreparedEvent",
                "MunicipalityResolvedRequestEvent", "RequestClosedEvent");
        assertThat(lines.get(1).get("payload").get("recipient").asString()).isEqualTo("Odbor správy majetku");
        assertThat(lines.get(1).get("meaning").asString()).contains("routed");
        assertThat(lines.get(4).get("actorRole").asString()).isEqualTo("STAFF");
        assertThat(lines.get(4).get("sequence").asInt()).isEqualTo(4);
    }

    @Test
    void stateAsOfAnInstantIsFoldedFromTheEventStoreEvenWhenTheReadModelIsWrong() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("assignRequest", id, "assignee", "jana.novakova");
        ledger.act("resolveByCss", id, "resolution", "Vyřízeno na místě.");
        List<Instant> times = events(historyOf(id)).stream()
                .map(event -> Instant.parse((String) event.get("timestamp"))).toList();

        asOf(id, times.get(0).minusMillis(1)).errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    assertThat(error.getMessage()).contains("not been registered yet");
                }));
        assertThat(stateAsOf(id, times.get(0))).containsEntry("status", "RECEIVED").containsEntry("version", 0)
                .containsEntry("assignee", null);
        Instant between = times.get(1).minus(Duration.between(times.get(0), times.get(1)).dividedBy(2));
        assertThat(stateAsOf(id, between)).containsEntry("status", "RECEIVED").containsEntry("version", 0)
                .containsEntry("asOf", between.toString());
        assertThat(stateAsOf(id, times.get(1))).containsEntry("assignee", "jana.novakova").containsEntry("version", 1)
                .containsEntry("status", "RECEIVED");
        var now = stateAsOf(id, Instant.now());
        assertThat(now).containsEntry("status", "RESOLVED_BY_CSS").containsEntry("resolvedBy", "CSS")
                .containsEntry("resolution", "Vyřízeno na místě.").containsEntry("version", 2)
                .containsKey("registrationNumber");
        assertThat(now.get("citizen")).asInstanceOf(MAP)
                .containsEntry("name", "Petra Svobodová").containsEntry("phone", "+420 603 111 222");

        jdbc.update("update request_view set status = 'CLOSED' where request_id = ?", id);
        try {
            assertThat(ledger.detail(id)).containsEntry("status", "CLOSED");
            assertThat(stateAsOf(id, Instant.now())).containsEntry("status", "RESOLVED_BY_CSS");
        } finally {
            jdbc.update("update request_view set status = 'RESOLVED_BY_CSS' where request_id = ?", id);
        }
    }

    @Test
    void aRequestWhosePersonalDataWasErasedStillReadsEndToEndAndTheLedgerStillVerifies() {
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("resolveByCss", id, "resolution", "Vyřízeno.");
        Instant beforeErasure = Instant.now();
        GraphQlClient.as(TestUser.SUPERVISOR, port).document("mutation { erasePersonalData(input: {requestId: \""
                + id + "\", reason: \"Občanka požádala o výmaz\"}) { request { id } } }").execute()
                .path("erasePersonalData.request.id").entity(String.class).isEqualTo(id);

        List<Map<String, Object>> events = events(historyOf(id));
        assertThat(events).extracting(event -> event.get("type")).containsExactly("RequestRegisteredEvent",
                "RequestResolvedByCssEvent", "PersonalDataErasedEvent");
        assertThat((String) events.get(0).get("payload")).contains("\"encrypted\"").doesNotContain("Svobodová");
        assertThat(events.get(2).get("actorRole")).isEqualTo("SUPERVISOR");
        assertThat(stateAsOf(id, Instant.now())).containsEntry("personalDataErased", true)
                .containsEntry("description", null).containsEntry("status", "RESOLVED_BY_CSS");
        assertThat(stateAsOf(id, beforeErasure)).containsEntry("personalDataErased", true)
                .containsEntry("version", 1);

        var verification = LedgerSealIntegrationTests.awaitAllSealed(auditor);
        assertThat(verification).containsEntry("verified", true).containsEntry("breakCount", 0);
    }

    @Test
    void mayorsReadHistoriesOfTheirOwnMunicipalityWithoutPersonalPayloadsAndAnalystsNone() {
        String own = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        String other = (String) ledger.registerFaultIn(NOVA_VES, "PORUCHY").get("id");
        var mayor = GraphQlClient.as(TestUser.MAYOR, port);

        mayor.documentName("requestHistoryWithoutPayload").variable("id", own).execute()
                .path("requestHistory.events[0].type").entity(String.class).isEqualTo("RequestRegisteredEvent");
        mayor.documentName("requestHistory").variable("id", own).execute().errors().satisfy(errors ->
                assertThat(errors).isNotEmpty().allSatisfy(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(error.getPath()).endsWith("payload");
                }));
        assertForbidden(mayor.documentName("requestHistoryWithoutPayload").variable("id", other).execute());
        assertThat(Downloads.get(TestUser.MAYOR, port, "/api/audit/requests/" + other + "/history.jsonl").statusCode())
                .isEqualTo(403);
        var mayorsDownload = Downloads.get(TestUser.MAYOR, port, "/api/audit/requests/" + own + "/history.jsonl");
        assertThat(json.readTree(mayorsDownload.body().lines().findFirst().orElseThrow()).get("payload").isNull())
                .isTrue();

        assertForbidden(GraphQlClient.as(TestUser.ANALYST, port).documentName("requestHistoryWithoutPayload")
                .variable("id", own).execute());
        assertThat(Downloads.get(TestUser.ANALYST, port, "/api/audit/requests/" + own + "/history.jsonl").statusCode())
                .isEqualTo(403);
        auditor.documentName("requestHistory").variable("id", "00000000-0000-0000-0000-000000000000").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> historyOf(String id) {
        return auditor.documentName("requestHistory").variable("id", id).execute().path("requestHistory")
                .entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> history) {
        return (List<Map<String, Object>>) history.get("events");
    }

    private GraphQlTester.Response asOf(String id, Instant at) {
        return auditor.documentName("requestAsOf").variable("id", id).variable("at", at.toString()).execute();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stateAsOf(String id, Instant at) {
        return asOf(id, at).path("requestAsOf").entity(Map.class).get();
    }

    private static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }
}
