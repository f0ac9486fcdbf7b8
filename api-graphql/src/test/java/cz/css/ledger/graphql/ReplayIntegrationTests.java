package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.Downloads;
import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import cz.css.ledger.ReplayedStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** A supervisor rebuilds the projections from the event store; afterwards they hold exactly what they held. */
@PostgresIntegrationTest
class ReplayIntegrationTests {
    /**
     * Tables that are not read models: the event store, Axon's bookkeeping, command-side lookups, the
     * seal, the subjects' data keys and the personal-data access log (written as data is read).
     */
    private static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history",
            "registration_counter", "registration_idempotency_key", "defined_agenda_lookup", "agenda_agreement_lookup",
            "ledger_seal_block", "ledger_checkpoint", "subject_key", "personal_data_access");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayOfAllProjectionsRebuildsEveryReadModelExactlyAsItWas() {
        var ledger = new Ledger(GraphQlClient.over(port));
        for (int i = 0; i < 3; i++) {
            String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
            ledger.act("assignRequest", id, "assignee", "petr.maly");
            ledger.act("resolveByCss", id, "resolution", "Vyřízeno " + i);
        }
        var supervisor = GraphQlClient.as(TestUser.SUPERVISOR, port);
        awaitEveryProjectionAtTheHead(supervisor);
        var before = readModels();
        assertThat(before.get("request_view")).hasSizeGreaterThanOrEqualTo(3);

        List<String> started = supervisor.documentName("replayProjections").execute()
                .path("replayProjections.started").entityList(String.class).get();
        assertThat(started).contains("requests").doesNotContain("catalogue", "catalogue-lookup");

        started.forEach(group -> awaitReplayed(supervisor, group));
        var requests = awaitReplayed(supervisor, "requests");
        assertThat(readModels()).isEqualTo(before);
        assertThat(requests).containsEntry("replaying", false).containsEntry("caughtUp", true)
                .containsEntry("percent", 100.0);
        assertThat(((Number) requests.get("processed")).longValue()).isEqualTo(((Number) requests.get("total")).longValue());
        assertThat((Double) requests.get("eventsPerSecond")).isPositive();
        assertThat(requests.get("replayFinishedAt")).isNotNull();

        var actuator = Downloads.get(TestUser.SUPERVISOR, port, "/actuator/replay");
        assertThat(actuator.statusCode()).isEqualTo(200);
        assertThat(actuator.body()).contains("\"processingGroup\":\"requests\"").contains("\"eventsPerSecond\"");
    }

    @Test
    void onlySupervisorsReplayAndSubscribingOrUnknownProjectionsCannotBeReplayed() {
        GraphQlClient.as(TestUser.AUDITOR, port).documentName("replayProjections").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        var supervisor = GraphQlClient.as(TestUser.SUPERVISOR, port);
        supervisor.documentName("replayProjections").variable("input", Map.of("processingGroup", "catalogue"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("subscribing");
                }));
        supervisor.documentName("replayProjections").variable("input", Map.of("processingGroup", "nonsense"))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
        var catalogue = projections(supervisor).stream().filter(p -> p.get("processingGroup").equals("catalogue"))
                .findFirst().orElseThrow();
        assertThat(catalogue).containsEntry("mode", "subscribing").containsEntry("replayable", false);
    }

    private Map<String, Object> awaitReplayed(GraphQlTester supervisor, String group) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            var status = projections(supervisor).stream().filter(p -> p.get("processingGroup").equals(group))
                    .findFirst().orElseThrow();
            if (Boolean.FALSE.equals(status.get("replaying")) && Boolean.TRUE.equals(status.get("caughtUp"))
                    && status.get("replayFinishedAt") != null) {
                return status;
            }
            assertThat(Instant.now()).as("replay of %s still running: %s", group, status).isBefore(deadline);
            sleep();
        }
    }

    /** A mutation answers once the requests projection shows it; the other projections may still be behind. */
    private void awaitEveryProjectionAtTheHead(GraphQlTester supervisor) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!projections(supervisor).stream().allMatch(p -> Boolean.TRUE.equals(p.get("caughtUp"))
                && ((Number) p.get("processed")).longValue() >= ((Number) p.get("total")).longValue())) {
            assertThat(Instant.now()).as("projections still behind the head: %s", projections(supervisor))
                    .isBefore(deadline);
            sleep();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> projections(GraphQlTester supervisor) {
        return (List) supervisor.documentName("projections").execute().path("projections").entityList(Map.class).get();
    }

    /** Every read-model table's full contents, rows in a stable order. */
    private Map<String, List<String>> readModels() {
        var tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'", String.class);
        var contents = new TreeMap<String, List<String>>();
        tables.stream().filter(table -> !NOT_READ_MODELS.contains(table)).forEach(table -> contents.put(table,
                jdbc.queryForList(ReplayedStatistics.rowsOf(table)).stream().map(row -> new TreeMap<>(row).toString())
                        .sorted().toList()));
        return contents;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
