package cz.css.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.LedgerApplication;
import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.StoredEvent;
import cz.css.ledger.audit.seal.SealBlock;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        var links = sealedLinks();
        Sealed after = null;
        Duration widest = Duration.ZERO;
        for (int i = 1; i < links.size(); i++) {
            Sealed previous = links.get(i - 1);
            Sealed link = links.get(i);
            Duration quiet = Duration.between(previous.time(), link.time());
            if (!link.link().aggregateIdentifier().equals(previous.link().aggregateIdentifier())
                    && quiet.compareTo(widest) > 0) {
                after = link;
                widest = quiet;
            }
        }
        var copy = intruder.row("select * from domain_event_entry where global_index = ?", after.link().globalIndex());
        Instant backDated = after.time().minusMillis(1500);
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
                    .containsEntry("position", (int) after.position())
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
        var blocks = intruder.rows("select * from ledger_seal_block where last_position >= ? order by first_position",
                from);
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
            intruder.execute("delete from ledger_seal_block where last_position >= ?", from);
            for (var block : blocks) {
                intruder.insert("ledger_seal_block", block);
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
        var stored = intruder.row("select * from ledger_seal_block where last_position = ?", head);
        SealBlock block = unpack(stored);
        var newest = block.links().get(block.links().size() - 1);
        var event = intruder.row("select * from domain_event_entry where global_index = ?", newest.globalIndex());
        var checkpoints = intruder.rows("select * from ledger_checkpoint where position >= ?", head);
        intruder.execute("delete from domain_event_entry where global_index = ?", newest.globalIndex());
        if (block.links().size() == 1) {
            intruder.execute("delete from ledger_seal_block where first_position = ?", block.firstPosition());
        } else {
            var shorter = new SealBlock(block.firstPosition(), block.links().subList(0, block.links().size() - 1),
                    chainHashes().get(head - 1));
            intruder.execute("update ledger_seal_block set links = ?, last_position = ?, chain_hash = ? "
                    + "where first_position = ?", shorter.packedLinks(), shorter.lastPosition(), shorter.chainHash(),
                    shorter.firstPosition());
        }
        intruder.execute("delete from ledger_checkpoint where position >= ?", head);
        try {
            assertThat(verify(null)).containsEntry("verified", true);
            var found = verify(published);
            assertThat(firstBreak(found)).containsEntry("kind", "TRUNCATED").containsEntry("position", (int) head);
        } finally {
            intruder.insert("domain_event_entry", event);
            intruder.execute("delete from ledger_seal_block where first_position = ?", block.firstPosition());
            intruder.insert("ledger_seal_block", stored);
            for (var checkpoint : checkpoints) {
                intruder.insert("ledger_checkpoint", checkpoint);
            }
        }
    }

    @Test
    void anEditedHashOfTheSealIsFoundWhereItsBlockBegins() throws SQLException {
        var stored = blockHolding(middle());
        byte[] original = (byte[]) stored.get("chain_hash");
        byte[] edited = original.clone();
        edited[0] ^= 1;
        intruder.execute("update ledger_seal_block set chain_hash = ? where first_position = ?", edited,
                stored.get("first_position"));
        try {
            var found = verify(null);
            assertThat(found).containsEntry("verified", false);
            assertThat(firstBreak(found)).containsEntry("kind", "CHAIN_BROKEN")
                    .containsEntry("position", ((Number) stored.get("first_position")).intValue());
            assertThat((String) firstBreak(found).get("reason")).contains("does not follow from its links");
        } finally {
            intruder.execute("update ledger_seal_block set chain_hash = ? where first_position = ?", original,
                    stored.get("first_position"));
        }
    }

    @Test
    void aSealBlockWhoseLinksWereCutShortIsFoundUnreadable() throws SQLException {
        var stored = blockHolding(middle());
        byte[] original = (byte[]) stored.get("links");
        intruder.execute("update ledger_seal_block set links = ? where first_position = ?",
                Arrays.copyOf(original, original.length - 5), stored.get("first_position"));
        try {
            var found = verify(null);
            assertThat(firstBreak(found)).containsEntry("kind", "CHAIN_BROKEN")
                    .containsEntry("position", ((Number) stored.get("first_position")).intValue());
            assertThat((String) firstBreak(found).get("reason")).contains("cannot be read");
        } finally {
            intruder.execute("update ledger_seal_block set links = ? where first_position = ?", original,
                    stored.get("first_position"));
        }
    }

    // --- the intruder's tools

    /** Recomputes every link from a position as someone who knows the chain's definition would. */
    private void rehashChainFrom(long from) throws SQLException {
        byte[] chain = chainHashes().get(from - 1);
        for (var stored : intruder.rows("select * from ledger_seal_block where last_position >= ? "
                + "order by first_position", from)) {
            SealBlock block = unpack(stored);
            var links = new ArrayList<SealBlock.Link>();
            for (int i = 0; i < block.links().size(); i++) {
                var link = block.links().get(i);
                if (block.firstPosition() + i >= from) {
                    var row = intruder.row("select * from domain_event_entry where global_index = ?", link.globalIndex());
                    var digests = storedEvent(row).digests();
                    link = new SealBlock.Link(link.globalIndex(), link.eventIdentifier(), link.aggregateIdentifier(),
                            link.sequenceNumber(), link.timeStamp(), digests.payload(), digests.metaData(),
                            digests.event());
                    chain = ChainHash.link(chain, link.eventDigest());
                }
                links.add(link);
            }
            var rewritten = new SealBlock(block.firstPosition(), links, chain);
            intruder.execute("update ledger_seal_block set links = ?, chain_hash = ? where first_position = ?",
                    rewritten.packedLinks(), rewritten.chainHash(), rewritten.firstPosition());
        }
    }

    /** The chain hash after every position, from the genesis (position 0), as the stored digests give it. */
    private Map<Long, byte[]> chainHashes() throws SQLException {
        var hashes = new HashMap<Long, byte[]>();
        byte[] chain = ChainHash.GENESIS;
        hashes.put(0L, chain);
        for (var stored : intruder.rows("select * from ledger_seal_block order by first_position")) {
            SealBlock block = unpack(stored);
            List<byte[]> chainHashes = block.chainFrom(chain);
            for (int i = 0; i < chainHashes.size(); i++) {
                hashes.put(block.firstPosition() + i, chainHashes.get(i));
            }
            chain = chainHashes.get(chainHashes.size() - 1);
        }
        return hashes;
    }

    private Map<String, Object> blockHolding(long position) throws SQLException {
        return intruder.row("select * from ledger_seal_block where first_position <= ? and last_position >= ?",
                position, position);
    }

    private static StoredEvent storedEvent(Map<String, Object> row) {
        return new StoredEvent((Long) row.get("global_index"), (String) row.get("event_identifier"),
                (String) row.get("aggregate_identifier"), (Long) row.get("sequence_number"), (String) row.get("type"),
                (String) row.get("time_stamp"), (String) row.get("payload_type"), (String) row.get("payload_revision"),
                (byte[]) row.get("payload"), (byte[]) row.get("meta_data"));
    }

    private static SealBlock unpack(Map<String, Object> stored) {
        return SealBlock.unpack(((Number) stored.get("first_position")).longValue(), (byte[]) stored.get("links"),
                (byte[]) stored.get("chain_hash"));
    }

    /** A sealed link at its position in the chain. */
    private record Sealed(long position, SealBlock.Link link) {
        Instant time() {
            return Instant.parse(link.timeStamp());
        }
    }

    private List<Sealed> sealedLinks() throws SQLException {
        var links = new ArrayList<Sealed>();
        for (var stored : intruder.rows("select * from ledger_seal_block order by first_position")) {
            SealBlock block = unpack(stored);
            for (int i = 0; i < block.links().size(); i++) {
                links.add(new Sealed(block.firstPosition() + i, block.links().get(i)));
            }
        }
        return links;
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
        return sealedLinks().size() / 2;
    }

    private Map<String, Object> sealedEvent(long position) throws SQLException {
        Sealed sealed = sealedLinks().get((int) position - 1);
        var event = intruder.row("select * from domain_event_entry where global_index = ?", sealed.link().globalIndex());
        event.put("position", sealed.position());
        return event;
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
