package cz.css.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.ReplayedStatistics;
import cz.css.ledger.api.RequestCommand;
import cz.css.ledger.query.statistics.AggregatesRebuild;
import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.Workload;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resetting the requests or the statistics projection replays every event from the start and rebuilds
 * exactly the read model it had: the way to repair a read model, or to build a new one on an existing store.
 */
class ReplayIntegrationTests extends TokenSignedIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AggregatesRebuild statisticsRebuild;

    /** The statistics' facts and what they add up to (V6_1, V14), each in a stable order. */
    private static final List<String> STATISTICS_TABLES = List.of("statistics_request_fact", "statistics_survey_fact",
            "statistics_received_day", "statistics_duration_step", "statistics_survey_step");

    @Test
    void resettingTheRequestsProjectionRebuildsTheSameReadModel() throws Exception {
        runWorkload(new Random(11), 12);
        Map<String, List<Map<String, Object>>> before = awaitCaughtUpReadModel();

        var requests = processing.eventProcessor("requests", StreamingEventProcessor.class).orElseThrow();
        requests.shutDown();
        requests.resetTokens();
        requests.start();

        assertThat(awaitCaughtUpReadModel()).isEqualTo(before);
        assertThat(requests.processingStatus().values()).isNotEmpty()
                .allSatisfy(segment -> assertThat(segment.isErrorState()).isFalse());
    }

    @Test
    void resettingTheStatisticsProjectionRebuildsTheSameFactsAndAggregates() throws Exception {
        // 40 lifecycles of the workload: resolved, routed, returned, declined, withdrawn, reopened and resolved again
        runWorkload(new Random(17), 40);
        var statistics = processing.eventProcessor("statistics", StreamingEventProcessor.class).orElseThrow();
        Map<String, List<String>> before = awaitCaughtUpStatistics(statistics);
        assertThat(before.get("statistics_duration_step")).isNotEmpty();

        statistics.shutDown();
        statistics.resetTokens();
        statistics.start();

        assertThat(awaitCaughtUpStatistics(statistics)).isEqualTo(before);
        assertThat(statistics.processingStatus().values()).allSatisfy(segment ->
                assertThat(segment.isErrorState()).isFalse());
    }

    private void runWorkload(Random random, int requests) throws Exception {
        for (int i = 0; i < requests; i++) {
            var plan = Workload.plan(random, null);
            String id = (String) commands.send(Mutations.registration(plan.registration(), "replay.test"),
                    Mutations.actor("replay.test")).get(30, TimeUnit.SECONDS);
            for (Workload.Step step : plan.steps()) {
                RequestCommand command = Mutations.command(id, step);
                commands.send(command, Mutations.actor("replay.test")).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The statistics' tables once the processor has reached the last event and the aggregates are counted, and
     * read the same twice.
     */
    private Map<String, List<String>> awaitCaughtUpStatistics(StreamingEventProcessor statistics)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, List<String>> previous = null;
        while (System.nanoTime() < deadline) {
            long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
            boolean caughtUp = !statistics.isReplaying() && statistics.processingStatus().values().stream().allMatch(
                    segment -> segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head)
                    && !statisticsRebuild.isOwed();
            if (caughtUp) {
                var tables = new java.util.TreeMap<String, List<String>>();
                STATISTICS_TABLES.forEach(table -> tables.put(table, jdbc.queryForList(ReplayedStatistics.rowsOf(table))
                        .stream().map(row -> new java.util.TreeMap<>(row).toString()).sorted().toList()));
                if (tables.equals(previous)) {
                    return tables;
                }
                previous = tables;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The statistics projection did not catch up with the event store");
    }

    private Map<String, List<Map<String, Object>>> awaitCaughtUpReadModel() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            long events = jdbc.queryForObject("select count(*) from domain_event_entry where type = 'CitizenRequest'",
                    Long.class);
            long entries = jdbc.queryForObject("select count(*) from request_timeline_entry", Long.class);
            long behind = jdbc.queryForObject("select count(*) from request_view v where v.version <> (select"
                    + " max(sequence_number) from domain_event_entry e where e.aggregate_identifier = v.request_id)",
                    Long.class);
            long requests = jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry"
                    + " where type = 'CitizenRequest'", Long.class);
            long rows = jdbc.queryForObject("select count(*) from request_view", Long.class);
            if (events == entries && behind == 0 && requests == rows) {
                return Map.of("request_view", jdbc.queryForList("select * from request_view order by request_id"),
                        "request_timeline_entry", jdbc.queryForList("select * from request_timeline_entry"
                                + " order by request_id, sequence"));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The requests projection did not catch up with the event store");
    }
}
