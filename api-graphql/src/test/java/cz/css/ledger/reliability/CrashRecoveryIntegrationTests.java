package cz.css.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.workload.LedgerProcess;
import cz.css.ledger.workload.LifecycleRules;
import cz.css.ledger.workload.LifecycleRules.StoredEvent;
import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.TestTokens;
import cz.css.ledger.workload.Workload;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The ledger runs as its own process under load from several clients and is killed with SIGKILL
 * three times, restarted each time on the same database. Afterwards every command the clients got
 * an answer for is in the event store, every request's history follows the state diagram, every
 * idempotency key registered one request, and the read model equals what a full replay rebuilds.
 */
class CrashRecoveryIntegrationTests {
    private static final int CLIENTS = 6;
    private static final int KILLS = 3;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Path LOGS = Path.of("target", "crash-test");

    private final TestTokens issuer = new TestTokens();
    private final String databaseUrl = System.getenv().getOrDefault("LEDGER_TEST_CRASH_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/" + System.getenv().getOrDefault("LEDGER_TEST_DB_NAME", "ledger_test")
                    + "_crash");
    private final String databaseUser = System.getenv().getOrDefault("LEDGER_TEST_DB_USER", "ledger");
    private final String databasePassword = System.getenv().getOrDefault("LEDGER_TEST_DB_PASSWORD", "ledger");

    /** The ledger the clients talk to; null while it is down. */
    private final AtomicReference<RawGraphQl> ledger = new AtomicReference<>();
    /** Per request, the mutations the clients got a successful answer for, in order. */
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledgements = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private volatile boolean loadRunning = true;
    private int starts;

    @Test
    void acknowledgedCommandsSurviveSigkillAndTheReadModelConvergesToAReplay() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            int client = i;
            clients.submit(() -> runClient(client));
        }
        var random = new Random(9);
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                try (LedgerProcess app = start()) {
                    Thread.sleep(2_500 + random.nextInt(3_000));
                    ledger.set(null);
                    app.kill();
                }
            }
            Map<String, List<Map<String, Object>>> recovered;
            try (LedgerProcess app = start()) {
                Thread.sleep(3_000);
                loadRunning = false;
                clients.shutdown();
                assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                awaitReadModelCaughtUp();
                recovered = readModel();
                ledger.set(null);
                app.kill();
            }
            forgetReadModel();
            try (LedgerProcess app = start()) {
                awaitReadModelCaughtUp();
                assertThat(readModel()).as("read model after crashes equals the one a replay rebuilds")
                        .isEqualTo(recovered);
                ledger.set(null);
                app.stop();
            }
        } finally {
            loadRunning = false;
            clients.shutdownNow();
        }

        System.out.printf("crash test: %d SIGKILLs under load, %d acknowledged mutations on %d requests,"
                + " %d answers lost to a crash and retried%n", KILLS, acknowledgements.get(), acknowledged.size(),
                answersLost.get());
        assertThat(unexpected).isEmpty();
        assertThat(acknowledgements.get()).as("acknowledged mutations").isGreaterThan(30);
        assertEveryAcknowledgedCommandIsStored();
        assertEveryIdempotencyKeyRegisteredOneRequest();
    }

    private LedgerProcess start() throws InterruptedException {
        LedgerProcess app = LedgerProcess.start(databaseUrl, issuer, LOGS.resolve("ledger-" + (++starts) + ".log"),
                List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("--axon.eventhandling.tokenstore.claim-timeout=2s", "--logging.level.root=WARN"));
        try {
            app.awaitReady(START_TIMEOUT);
        } catch (RuntimeException | InterruptedException e) {
            app.kill();
            throw e;
        }
        ledger.set(new RawGraphQl(app.port(), issuer.staff("zavodni.test", Duration.ofHours(1))));
        return app;
    }

    /** One client: request after request, each through its planned life; retries across crashes. */
    private void runClient(int client) {
        var random = new Random(client);
        int planned = 0;
        while (loadRunning) {
            var plan = Workload.plan(random, "crash-" + client + "-" + planned++);
            String requestId = null;
            Attempt registration = attempt("registerRequest", Map.of("input", plan.registration()));
            if (registration.outcome() != Outcome.ACKNOWLEDGED) {
                continue;
            }
            requestId = registration.response().data("registerRequest.request.id").asString();
            acknowledge(requestId, "registerRequest");
            for (Workload.Step step : plan.steps()) {
                Attempt change = attempt(step.mutation(), Mutations.variables(requestId, step));
                if (change.outcome() == Outcome.ACKNOWLEDGED) {
                    acknowledge(requestId, step.mutation());
                } else if (change.outcome() != Outcome.PROBABLY_APPLIED_BEFORE_A_CRASH) {
                    break;
                }
            }
        }
    }

    private enum Outcome { ACKNOWLEDGED, PROBABLY_APPLIED_BEFORE_A_CRASH, REFUSED, STOPPED }

    private record Attempt(Outcome outcome, RawGraphQl.Response response) {
    }

    /** Sends until answered; a refusal after a lost answer means the first try went through before the crash. */
    private Attempt attempt(String mutation, Map<String, Object> variables) {
        boolean answerLost = false;
        while (loadRunning) {
            RawGraphQl graphQl = ledger.get();
            if (graphQl == null) {
                pause();
                continue;
            }
            try {
                var response = graphQl.execute(Mutations.document(mutation), variables);
                if (response.succeeded()) {
                    return new Attempt(Outcome.ACKNOWLEDGED, response);
                }
                if ("CONFLICT".equals(response.errorClassification())) {
                    return new Attempt(answerLost ? Outcome.PROBABLY_APPLIED_BEFORE_A_CRASH : Outcome.REFUSED, response);
                }
                unexpected.add(mutation + " answered " + response.status() + ": " + response.body());
                return new Attempt(Outcome.REFUSED, response);
            } catch (IOException lost) {
                if (!answerLost) {
                    answersLost.incrementAndGet();
                }
                answerLost = true;
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Attempt(Outcome.STOPPED, null);
    }

    private void acknowledge(String requestId, String mutation) {
        acknowledged.computeIfAbsent(requestId, id -> new ArrayList<>()).add(Mutations.eventOf(mutation));
        acknowledgements.incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertEveryAcknowledgedCommandIsStored() throws SQLException {
        Map<String, List<StoredEvent>> stored = storedRequestEvents();
        for (var entry : acknowledged.entrySet()) {
            List<String> types = stored.getOrDefault(entry.getKey(), List.of()).stream().map(StoredEvent::type).toList();
            assertThat(isSubsequence(entry.getValue(), types))
                    .as("request %s: acknowledged %s, stored %s", entry.getKey(), entry.getValue(), types).isTrue();
        }
        stored.forEach(LifecycleRules::replay);
    }

    private void assertEveryIdempotencyKeyRegisteredOneRequest() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            assertThat(single(sql, "select count(*) from registration_idempotency_key"))
                    .isEqualTo(single(sql, "select count(*) from domain_event_entry where sequence_number = 0"
                            + " and payload_type like '%RequestRegisteredEvent'"))
                    .isEqualTo(single(sql, "select count(*) from registration_idempotency_key k join domain_event_entry e"
                            + " on e.aggregate_identifier = k.request_id and e.sequence_number = 0"));
        }
    }

    private static boolean isSubsequence(List<String> wanted, List<String> within) {
        int at = 0;
        for (String type : within) {
            if (at < wanted.size() && wanted.get(at).equals(type)) {
                at++;
            }
        }
        return at == wanted.size();
    }

    private Map<String, List<StoredEvent>> storedRequestEvents() throws SQLException {
        Map<String, List<StoredEvent>> events = new LinkedHashMap<>();
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select aggregate_identifier, sequence_number, payload_type"
                        + " from domain_event_entry where type = 'CitizenRequest' order by aggregate_identifier,"
                        + " sequence_number")) {
            while (rows.next()) {
                events.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(StoredEvent.of(rows.getLong(2), rows.getString(3)));
            }
        }
        return events;
    }

    /** The requests projection has applied every stored event: one timeline entry each, every row at its last one. */
    private void awaitReadModelCaughtUp() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String lagging = null;
        while (System.nanoTime() < deadline) {
            try (Connection db = connect(); Statement sql = db.createStatement()) {
                long events = single(sql, "select count(*) from domain_event_entry where type = 'CitizenRequest'");
                long entries = single(sql, "select count(*) from request_timeline_entry");
                long requests = single(sql, "select count(distinct aggregate_identifier) from domain_event_entry"
                        + " where type = 'CitizenRequest'");
                long rows = single(sql, "select count(*) from request_view v where v.version = (select max(sequence_number)"
                        + " from domain_event_entry e where e.aggregate_identifier = v.request_id)");
                if (events == entries && requests == rows) {
                    return;
                }
                lagging = events + " events / " + entries + " timeline entries, " + requests + " requests / " + rows
                        + " rows at their last event";
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The read model did not catch up: " + lagging);
    }

    /** Every row of the request read model and timelines, in key order. */
    private Map<String, List<Map<String, Object>>> readModel() throws SQLException {
        Map<String, List<Map<String, Object>>> model = new LinkedHashMap<>();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            model.put("request_view", rows(sql, "select * from request_view order by request_id"));
            model.put("request_timeline_entry", rows(sql, "select * from request_timeline_entry"
                    + " order by request_id, sequence"));
        }
        assertThat(model.get("request_view")).isNotEmpty();
        return model;
    }

    /** What a reset of the requests processor does: tokens gone, read model emptied; the next start replays. */
    private void forgetReadModel() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from token_entry where processor_name = 'requests'");
            sql.executeUpdate("delete from request_timeline_entry");
            sql.executeUpdate("delete from request_view");
        }
    }

    private static List<Map<String, Object>> rows(Statement sql, String query) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= columns; c++) {
                    row.put(result.getMetaData().getColumnName(c), result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }
}
