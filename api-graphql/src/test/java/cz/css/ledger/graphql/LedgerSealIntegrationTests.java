package cz.css.ledger.graphql;

import static cz.css.ledger.graphql.Ledger.IVANCICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.css.ledger.DatabaseOwner;
import cz.css.ledger.Downloads;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import cz.css.ledger.audit.offline.OfflineVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event table is append-only: the application's role may only read and insert, and cannot
 * switch off the triggers that refuse changes even to the tables' owner. Every event is sealed
 * within the sealing lag, the ledger verifies, and an export verifies offline with the JDK alone.
 */
@PostgresIntegrationTest
class LedgerSealIntegrationTests {
    /** The public key of the test signing key in application-it.yml: what an auditor would have on file. */
    static final String TEST_PUBLIC_KEY = "MCowBQYDK2VwAyEAh2zOLus6yuu0K0MyxHTAYvqtPiOTh/YlrM31G/oBVjE=";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;
    @Autowired
    Environment environment;

    @Test
    void applicationRoleIsRefusedUpdatesAndDeletesOfEventsAndSeals() {
        new Ledger(GraphQlClient.over(port)).registerFaultIn(IVANCICE, "PORUCHY");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForList("select privilege_type from information_schema.table_privileges "
                + "where grantee = current_user and table_name = 'domain_event_entry' order by 1", String.class))
                .containsExactly("INSERT", "SELECT");
        assertThat(jdbc.queryForList("select privilege_type from information_schema.table_privileges "
                + "where grantee = current_user and table_name = 'ledger_seal_block' order by 1", String.class))
                .containsExactly("INSERT", "SELECT");
        assertThat(jdbc.queryForList("select privilege_type from information_schema.table_privileges "
                + "where grantee = current_user and table_name = 'request_view' order by 1", String.class))
                .containsExactly("DELETE", "INSERT", "SELECT", "UPDATE");

        for (String change : List.of(
                "update domain_event_entry set payload = payload where global_index = (select max(global_index) from domain_event_entry)",
                "delete from domain_event_entry where global_index = (select max(global_index) from domain_event_entry)",
                "truncate domain_event_entry",
                "update ledger_seal_block set chain_hash = chain_hash",
                "delete from ledger_seal_block",
                "truncate ledger_checkpoint",
                "delete from ledger_checkpoint")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void applicationRoleCannotSwitchTheAppendOnlyTriggersOff() {
        assertThat(jdbc.queryForObject("select tableowner <> current_user from pg_tables "
                + "where tablename = 'domain_event_entry'", Boolean.class)).isTrue();

        for (String change : List.of(
                "alter table domain_event_entry disable trigger domain_event_entry_append_only",
                "alter table domain_event_entry disable trigger all",
                "drop trigger domain_event_entry_append_only on domain_event_entry",
                "drop trigger ledger_seal_block_append_only on ledger_seal_block",
                "drop table domain_event_entry")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theTriggersRefuseChangesEvenToTheTablesOwner() throws SQLException {
        new Ledger(GraphQlClient.over(port)).registerFaultIn(IVANCICE, "PORUCHY");
        try (Connection owner = DatabaseOwner.of(environment).connect();
                Statement sql = owner.createStatement()) {
            for (String change : List.of(
                    "update domain_event_entry set payload = payload where global_index = (select max(global_index) from domain_event_entry)",
                    "delete from domain_event_entry where global_index = (select max(global_index) from domain_event_entry)",
                    "truncate ledger_seal_block")) {
                assertThatThrownBy(() -> sql.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void everyEventIsSealedWithinTheSealingLagAndTheLedgerVerifiesAgainstItsPublishedCheckpoint() {
        new Ledger(GraphQlClient.over(port)).registerFaultIn(IVANCICE, "PORUCHY");
        var auditor = GraphQlClient.as(TestUser.AUDITOR, port);

        var verification = awaitAllSealed(auditor);
        assertThat(verification).containsEntry("verified", true).containsEntry("breakCount", 0)
                .containsEntry("pendingEvents", 0);
        assertThat((String) verification.get("summary")).isEqualTo("Verified " + verification.get("eventsVerified")
                + " events, head digest " + verification.get("headHash"));
        Integer events = jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class);
        assertThat(verification.get("eventsVerified")).isEqualTo(events);

        Map<String, Object> checkpoint = checkpoint(auditor);
        assertThat(checkpoint).containsEntry("position", verification.get("headPosition"))
                .containsEntry("headHash", verification.get("headHash")).containsEntry("publicKey", TEST_PUBLIC_KEY);
        checkpoint.remove("publicKey");
        var againstPublished = auditor.documentName("verifyLedger").variable("published", checkpoint).execute()
                .path("verifyLedger").entity(Map.class).get();
        assertThat(againstPublished).containsEntry("verified", true);

        var seal = Downloads.get(TestUser.AUDITOR, port, "/actuator/seal");
        assertThat(seal.body()).contains("\"running\":true").contains(TEST_PUBLIC_KEY)
                .containsPattern("\"greatestLateCommitMillis\":\\d+");
        GraphQlClient.over(port).documentName("verifyLedger").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }

    @Test
    void offlineVerifierAcceptsTheExportAndRejectsAnEditedOneWithoutTheRunningSystem() throws Exception {
        var ledger = new Ledger(GraphQlClient.over(port));
        String id = (String) ledger.registerFaultIn(IVANCICE, "PORUCHY").get("id");
        ledger.act("resolveByCss", id, "resolution", "Opraveno.");
        awaitAllSealed(GraphQlClient.as(TestUser.AUDITOR, port));

        var download = Downloads.get(TestUser.AUDITOR, port, "/api/audit/ledger/export.jsonl");
        assertThat(download.statusCode()).isEqualTo(200);
        Path export = Files.writeString(dir.resolve("export.jsonl"), download.body());
        Path key = Files.writeString(dir.resolve("ledger-public.key"), TEST_PUBLIC_KEY + "\n");

        var good = runOfflineVerifier(export, key);
        assertThat(good.output()).startsWith("VERIFIED ");
        assertThat(good.exitCode()).isZero();

        var lines = new ArrayList<>(Files.readAllLines(export));
        int edited = lineOf(lines, "Opraveno.");
        lines.set(edited, lines.get(edited).replace("Opraveno.", "Neopraveno."));
        Path tampered = Files.write(dir.resolve("tampered.jsonl"), lines, StandardCharsets.UTF_8);

        var bad = runOfflineVerifier(tampered, key);
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.output()).startsWith("FAILED at line " + (edited + 1) + ":").contains("altered");
    }

    @Test
    void exportOfARecentPeriodStartsFromTheChainBeforeItAndStillVerifies() throws IOException {
        var auditor = GraphQlClient.as(TestUser.AUDITOR, port);
        new Ledger(GraphQlClient.over(port)).registerFaultIn(IVANCICE, "PORUCHY");
        awaitAllSealed(auditor);
        Instant from = Instant.now();
        new Ledger(GraphQlClient.over(port)).registerFaultIn(IVANCICE, "PORUCHY");
        awaitAllSealed(auditor);

        var download = Downloads.get(TestUser.AUDITOR, port, "/api/audit/ledger/export.jsonl?from=" + from);
        Path export = Files.writeString(dir.resolve("period.jsonl"), download.body());
        var outcome = OfflineVerifier.verify(export, TEST_PUBLIC_KEY, null);

        assertThat(outcome.verified()).as(outcome.describe()).isTrue();
        assertThat(outcome.firstPosition()).isGreaterThan(1);
        assertThat(outcome.events()).isBetween(1L, 10L);
        assertThat(Downloads.get(TestUser.STAFF, port, "/api/audit/ledger/export.jsonl").statusCode()).isEqualTo(403);
    }

    static Map<String, Object> awaitAllSealed(GraphQlTester auditor) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            @SuppressWarnings("unchecked")
            Map<String, Object> verification = auditor.documentName("verifyLedger").execute().path("verifyLedger")
                    .entity(Map.class).get();
            if (((Number) verification.get("pendingEvents")).intValue() == 0) {
                return verification;
            }
            assertThat(Instant.now()).as("events still unsealed: %s", verification).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> checkpoint(GraphQlTester auditor) {
        return auditor.documentName("ledgerCheckpoint").variable("fresh", true).execute().path("ledgerCheckpoint")
                .entity(Map.class).get();
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No line contains " + text);
    }

    /** Runs the verifier in a JVM of its own, with nothing on the class path but the compiled classes. */
    private static Run runOfflineVerifier(Path export, Path key) throws Exception {
        Path classes = Path.of(OfflineVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var process = new ProcessBuilder(java.toString(), "-cp", classes.toString(), OfflineVerifier.class.getName(),
                export.toString(), key.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String output) {
    }
}
