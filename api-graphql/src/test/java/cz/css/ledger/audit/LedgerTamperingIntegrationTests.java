package cz.css.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.LedgerApplication;
import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * An intruder with full database rights (a PostgreSQL superuser, triggers switched off) edits the
 * ledger; verification finds each edit at its position and says what happened. Runs its own
 * application on a database of its own, because it damages the ledger (and repairs it after
 * each test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTamperingIntegrationTests {
    private static final String DATABASE = System.getenv().getOrDefault("LEDGER_TEST_TAMPER_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/" + System.getenv().getOrDefault("LEDGER_TEST_DB_NAME", "ledger_test")
                    + "_tamper");
    private static final String ADMIN = System.getenv().getOrDefault("LEDGER_TEST_ADMIN_USER", "ledger_admin");
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("LEDGER_TEST_ADMIN_PASSWORD",
            "ledger_admin");

    private ConfigurableApplicationContext app;
    private GraphQlTester auditor;
    private Intruder intruder;
    private Map<String, Object> published;

    @BeforeAll
    void startLedgerWithSealedHistory() throws Exception {
        LedgerApplication.disableAxonPhoneHome();
        app = new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres", "it").run("--server.port=0",
                "--spring.datasource.url=" + DATABASE);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        auditor = GraphQlClient.as(TestUser.AUDITOR, port);
        var staff = GraphQlClient.over(port);
        for (int i = 0; i < 4; i++) {
            String id = register(staff, "Výtluk v silnici " + i);
            act(staff, "assignRequest", id, "assignee", "jana.novakova");
            act(staff, "resolveByCss", id, "resolution", "Opraveno " + i);
            if (i == 1) {
                // a quiet moment in the history, so an event can be back-dated into it
                Thread.sleep(2500);
            }
        }
        awaitVerified();
        published = checkpoint();
        intruder = new Intruder(DATABASE, ADMIN, ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() throws SQLException {
        if (intruder != null) {
            intruder.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void ledgerIsWholeAgainAfterTheRepair() {
        assertThat(verify(null)).containsEntry("verified", true);
    }

    @Test
    void oneAlteredByteOfAPayloadIsFoundAtItsPosition() throws SQLException {
        var target = sealedEvent(middle());
        byte[] original = (byte[]) target.get("payload");
        intruder.execute("update domain_event_entry set payload = ? where global_index = ?", flipLetter(original),
                target.get("global_index"));
        try {
            assertThat(assertFirstBreak("ALTERED", target)).contains("payload changed");
        } finally {
            intruder.execute("update domain_event_entry set payload = ? where global_index = ?", original,
                    target.get("global_index"));
        }
    }

    @Test
    void oneAlteredByteOfMetadataIsFoundAtItsPosition() throws SQLException {
        var target = sealedEvent(middle() + 1);
        byte[] original = (byte[]) target.get("meta_data");
        intruder.execute("update domain_event_entry set meta_data = ? where global_index = ?", flipLetter(original),
                target.get("global_index"));
        try {
            assertThat(assertFirstBreak("ALTERED", target)).contains("metadata changed");
        } finally {
            intruder.execute("update domain_event_entry set meta_data = ? where global_index = ?", original,
                    target.get("global_index"));
        }
    }

    @Test
    void oneAlteredDigitOfATimestampIsFoundAtItsPosition() throws SQLException {
        var target = sealedEvent(middle() - 1);
        String original = (String) target.get("time_stamp");
        String changed = original.replaceFirst("T(\\d)", "T" + ((original.charAt(11) - '0' + 1) % 2));
        intruder.execute("update domain_event_entry set time_stamp = ? where global_index = ?", changed,
                target.get("global_index"));
        try {
            assertThat(assertFirstBreak("ALTERED", target)).contains("timestamp")
                    .contains(original).contains(changed);
        } finally {
            intruder.execute("update domain_event_entry set time_stamp = ? where global_index = ?", original,
                    target.get("global_index"));
        }
    }

    @Test
    void aDeletedEventIsFoundAtItsPosition() throws SQLException {
        var target = sealedEvent(middle());
        var row = intruder.row("select * from domain_event_entry where global_index = ?", target.get("global_index"));
        intruder.execute("delete from domain_event_entry where global_index = ?", target.get("global_index"));
        try {
            assertThat(assertFirstBreak("DELETED", target)).contains("was deleted");
        } finally {
            intruder.insert("domain_event_entry", row);
        }
    }

    @Test
    void anEventInsertedIntoThePastIsFoundWhereItsTimePlacesIt() throws SQLException {
        // the first event after the quiet moment of the history
        var after = intruder.row("select s.position, s.time_stamp from ledger_seal s join ledger_seal p "
                + "on p.position = s.position - 1 where s.aggregate_identifier <> p.aggregate_identifier "
                + "order by (cast(s.time_stamp as timestamptz) - cast(p.time_stamp as timestamptz)) desc limit 1");
        var copy = intruder.row("select * from domain_event_entry where global_index = "
                + "(select global_index from ledger_seal where position = ?)", after.get("position"));
        Instant backDated = Instant.parse((String) after.get("time_stamp")).minusMillis(1500);
        long forged = ((Number) intruder.row("select nextval('domain_event_entry_seq') as next").get("next")).longValue();
        copy.put("global_index", forged);
        copy.put("event_identifier", "forged-" + backDated);
        copy.put("aggregate_identifier", "00000000-0000-0000-0000-0000000f0a6e");
        copy.put("sequence_number", 0L);
        copy.put("time_stamp", backDated.toString());
        intruder.insert("domain_event_entry", copy);
        try {
            Map<String, Object> broken = firstBreak(verify(null));
            assertThat(broken).containsEntry("kind", "INSERTED")
                    .containsEntry("position", ((Number) after.get("position")).intValue())
                    .containsEntry("globalIndex", (int) forged).containsEntry("aggregateId", copy.get("aggregate_identifier"));
            assertThat((String) broken.get("reason")).contains("never sealed");
        } finally {
            intruder.execute("delete from domain_event_entry where global_index = ?", forged);
        }
    }

    @Test
    void twoEventsThatSwappedPlacesAreFoundReordered() throws SQLException {
        var first = sealedEvent(middle());
        var second = sealedEvent(middle() + 2);
        swapGlobalIndexes(first.get("global_index"), second.get("global_index"));
        try {
            assertThat(assertFirstBreak("REORDERED", first)).contains("now holds");
        } finally {
            swapGlobalIndexes(first.get("global_index"), second.get("global_index"));
        }
    }

    @Test
    void aRewriteOfEventAndWholeChainIsCaughtByTheSignedCheckpointAndByOnePublishedEarlier() throws SQLException {
        long from = middle();
        var target = sealedEvent(from);
        var seals = intruder.rows("select * from ledger_seal where position >= ? order by position", from);
        var checkpoints = intruder.rows("select * from ledger_checkpoint where position >= ?", from);
        byte[] original = (byte[]) target.get("payload");
        intruder.execute("update domain_event_entry set payload = ? where global_index = ?", flipLetter(original),
                target.get("global_index"));
        rehashChainFrom(from);
        try {
            var found = verify(null);
            assertThat(found).containsEntry("verified", false);
            assertThat(firstBreak(found)).containsEntry("kind", "CHAIN_REWRITTEN");
            assertThat((String) firstBreak(found).get("reason")).contains("signed checkpoint");

            // the intruder also removes every checkpoint signed after the change: the database alone now looks whole
            intruder.execute("delete from ledger_checkpoint where position >= ?", from);
            assertThat(verify(null)).containsEntry("verified", true);
            // but not against the checkpoint the auditor published before
            var againstPublished = verify(published);
            assertThat(againstPublished).containsEntry("verified", false);
            assertThat(firstBreak(againstPublished)).containsEntry("kind", "CHAIN_REWRITTEN")
                    .containsEntry("position", published.get("position"));
            assertThat((String) firstBreak(againstPublished).get("reason")).contains("published checkpoint")
                    .contains("rewritten");
        } finally {
            intruder.execute("update domain_event_entry set payload = ? where global_index = ?", original,
                    target.get("global_index"));
            intruder.execute("delete from ledger_seal where position >= ?", from);
            for (var seal : seals) {
                intruder.insert("ledger_seal", seal);
            }
            intruder.execute("delete from ledger_checkpoint where position >= ?", from);
            for (var checkpoint : checkpoints) {
                intruder.insert("ledger_checkpoint", checkpoint);
            }
        }
        assertThat(verify(published)).containsEntry("verified", true);
    }

    @Test
    void removingTheNewestEventsWithTheirLinksIsCaughtAgainstAPublishedCheckpoint() throws SQLException {
        long head = ((Number) published.get("position")).longValue();
        var seal = intruder.row("select * from ledger_seal where position = ?", head);
        var event = intruder.row("select * from domain_event_entry where global_index = ?", seal.get("global_index"));
        var checkpoints = intruder.rows("select * from ledger_checkpoint where position >= ?", head);
        intruder.execute("delete from domain_event_entry where global_index = ?", seal.get("global_index"));
        intruder.execute("delete from ledger_seal where position = ?", head);
        intruder.execute("delete from ledger_checkpoint where position >= ?", head);
        try {
            assertThat(verify(null)).containsEntry("verified", true);
            var found = verify(published);
            assertThat(firstBreak(found)).containsEntry("kind", "TRUNCATED").containsEntry("position", (int) head);
        } finally {
            intruder.insert("domain_event_entry", event);
            intruder.insert("ledger_seal", seal);
            for (var checkpoint : checkpoints) {
                intruder.insert("ledger_checkpoint", checkpoint);
            }
        }
    }

    // --- the intruder's tools

    /** Recomputes every link from a position as someone who knows the chain's definition would. */
    private void rehashChainFrom(long from) throws SQLException {
        byte[] chain = (byte[]) intruder.row("select chain_hash from ledger_seal where position = ?", from - 1)
                .get("chain_hash");
        for (var seal : intruder.rows("select s.position, e.* from ledger_seal s join domain_event_entry e "
                + "on e.global_index = s.global_index where s.position >= ? order by s.position", from)) {
            var event = new StoredEvent((Long) seal.get("global_index"), (String) seal.get("event_identifier"),
                    (String) seal.get("aggregate_identifier"), (Long) seal.get("sequence_number"),
                    (String) seal.get("type"), (String) seal.get("time_stamp"), (String) seal.get("payload_type"),
                    (String) seal.get("payload_revision"), (byte[]) seal.get("payload"), (byte[]) seal.get("meta_data"));
            chain = ChainHash.link(chain, event.digest());
            intruder.execute("update ledger_seal set payload_digest = ?, event_digest = ?, chain_hash = ? "
                    + "where position = ?", ChainHash.sha256(event.payload()), event.digest(), chain,
                    seal.get("position"));
        }
    }

    private void swapGlobalIndexes(Object first, Object second) throws SQLException {
        intruder.execute("update domain_event_entry set global_index = -1 where global_index = ?", first);
        intruder.execute("update domain_event_entry set global_index = ? where global_index = ?", first, second);
        intruder.execute("update domain_event_entry set global_index = ? where global_index = -1", second);
    }

    private static byte[] flipLetter(byte[] bytes) {
        byte[] changed = bytes.clone();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\":\"") + 3;
        changed[at] = (byte) (changed[at] == 'x' ? 'y' : 'x');
        return changed;
    }

    // --- what the auditor sees

    private long middle() throws SQLException {
        return ((Number) intruder.row("select max(position) / 2 as middle from ledger_seal").get("middle")).longValue();
    }

    private Map<String, Object> sealedEvent(long position) throws SQLException {
        return intruder.row("select s.position, e.* from ledger_seal s join domain_event_entry e "
                + "on e.global_index = s.global_index where s.position = ?", position);
    }

    /** Verifies, expects the first break to be of this kind at the target event, and answers its reason. */
    private String assertFirstBreak(String kind, Map<String, Object> target) {
        var found = verify(null);
        assertThat(found).containsEntry("verified", false);
        var broken = firstBreak(found);
        assertThat(broken).containsEntry("kind", kind)
                .containsEntry("position", ((Number) target.get("position")).intValue())
                .containsEntry("globalIndex", ((Number) target.get("global_index")).intValue())
                .containsEntry("aggregateId", target.get("aggregate_identifier"))
                .containsEntry("sequenceNumber", ((Number) target.get("sequence_number")).intValue());
        assertThat((String) found.get("summary")).startsWith("Broken at position " + target.get("position"));
        return (String) broken.get("reason");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstBreak(Map<String, Object> verification) {
        return ((List<Map<String, Object>>) verification.get("breaks")).get(0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> verify(Map<String, Object> publishedCheckpoint) {
        var request = auditor.documentName("verifyLedger");
        if (publishedCheckpoint != null) {
            var input = new HashMap<>(publishedCheckpoint);
            input.remove("publicKey");
            request = request.variable("published", input);
        }
        return request.execute().path("verifyLedger").entity(Map.class).get();
    }

    private void awaitVerified() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (((Number) verify(null).get("pendingEvents")).intValue() > 0) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        assertThat(verify(null)).containsEntry("verified", true);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> checkpoint() {
        return auditor.documentName("ledgerCheckpoint").variable("fresh", true).execute().path("ledgerCheckpoint")
                .entity(Map.class).get();
    }

    private static String register(GraphQlTester staff, String subject) {
        var input = new HashMap<String, Object>(Map.of("municipalityCode", "583120", "agendaCode", "PORUCHY",
                "kind", "FAULT_OR_EMERGENCY", "channel", "PHONE", "subject", subject,
                "description", "Díra v silnici před školou"));
        return staff.documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request.id").entity(String.class).get();
    }

    private static void act(GraphQlTester staff, String mutation, String id, String field, String value) {
        staff.documentName(mutation).variable("input", Map.of("requestId", id, field, value)).execute()
                .path(mutation + ".request.id").entity(String.class).isEqualTo(id);
    }
}
