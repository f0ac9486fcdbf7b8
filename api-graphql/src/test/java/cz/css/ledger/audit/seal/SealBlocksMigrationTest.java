package cz.css.ledger.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.audit.offline.ChainHash;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V13 moves the links sealed one row per event into blocks: the same chain, the same links, and every
 * place where the old rows showed an edit still shows one. On the embedded database, migrated as the
 * application migrates it.
 */
class SealBlocksMigrationTest {
    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void linksSealedOneRowPerEventMoveIntoBlocksOfAThousandThatGiveTheSameChain() {
        DataSource database = databaseAtVersion12("whole");
        List<OldLink> old = oldChain(2_500);
        insert(database, old, Map.of());

        migrate(database);

        var jdbc = new JdbcTemplate(database);
        var store = new SealStore(jdbc);
        var blocks = store.blocksCovering(1, 2_500).stream().map(SealStore.StoredBlock::unpacked).toList();
        assertThat(blocks).extracting(SealBlock::firstPosition).containsExactly(1L, 1_001L, 2_001L);
        assertThat(blocks).extracting(SealBlock::lastPosition).containsExactly(1_000L, 2_000L, 2_500L);
        byte[] chain = ChainHash.GENESIS;
        int position = 0;
        for (SealBlock block : blocks) {
            List<byte[]> hashes = block.chainFrom(chain);
            for (int i = 0; i < block.links().size(); i++) {
                OldLink link = old.get(position++);
                assertThat(block.links().get(i).eventIdentifier()).isEqualTo(link.eventIdentifier());
                assertThat(block.links().get(i).globalIndex()).isEqualTo(link.globalIndex());
                assertThat(block.links().get(i).timeStamp()).isEqualTo(link.timeStamp());
                assertThat(block.links().get(i).payloadDigest()).isEqualTo(link.payloadDigest());
                assertThat(hashes.get(i)).isEqualTo(link.chainHash());
            }
            chain = block.chainHash();
        }
        var head = store.head();
        assertThat(head.position()).isEqualTo(2_500);
        assertThat(head.chainHash()).isEqualTo(old.get(2_499).chainHash());
        assertThat(head.highWater()).isEqualTo(old.get(2_499).globalIndex());
        assertThat(head.latestTime()).isEqualTo(Instant.parse(old.get(2_499).timeStamp()));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'ledger_seal'",
                Integer.class)).isZero();
    }

    @Test
    void aStoredLinkThatDoesNotFollowFromTheOneBeforeStartsABlockSoVerificationStillFindsIt() {
        DataSource database = databaseAtVersion12("edited");
        List<OldLink> old = oldChain(20);
        byte[] edited = old.get(6).chainHash().clone();
        edited[0] ^= 1;
        insert(database, old, Map.of(7L, edited));

        migrate(database);

        var store = new SealStore(new JdbcTemplate(database));
        var blocks = store.blocksCovering(1, 20).stream().map(SealStore.StoredBlock::unpacked).toList();
        // link 7 does not follow from link 6, and link 8 does not follow from the edited link 7
        assertThat(blocks).extracting(SealBlock::firstPosition).containsExactly(1L, 7L, 8L);
        assertThat(blocks.get(1).chainFrom(blocks.get(0).chainHash()).get(0)).isNotEqualTo(blocks.get(1).chainHash());
    }

    private static DataSource databaseAtVersion12(String name) {
        var database = new DriverManagerDataSource("jdbc:h2:mem:seal-migration-" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        flyway(database).target("12").load().migrate();
        return database;
    }

    private static void migrate(DataSource database) {
        flyway(database).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(Map.of("application-role", "sa"));
    }

    private record OldLink(long position, long globalIndex, String eventIdentifier, String timeStamp,
            byte[] payloadDigest, byte[] eventDigest, byte[] chainHash) {
    }

    /** A chain as the sealer wrote it before blocks: every other global index, a second apart. */
    private static List<OldLink> oldChain(int events) {
        var links = new ArrayList<OldLink>();
        byte[] chain = ChainHash.GENESIS;
        for (int i = 1; i <= events; i++) {
            byte[] eventDigest = ChainHash.sha256(("event " + i).getBytes(StandardCharsets.UTF_8));
            chain = ChainHash.link(chain, eventDigest);
            links.add(new OldLink(i, 2L * i, "event-" + i, START.plusSeconds(i).toString(),
                    ChainHash.sha256(("payload " + i).getBytes(StandardCharsets.UTF_8)), eventDigest, chain));
        }
        return links;
    }

    private static void insert(DataSource database, List<OldLink> links, Map<Long, byte[]> editedChainHashes) {
        var jdbc = new JdbcTemplate(database);
        for (OldLink link : links) {
            jdbc.update("insert into ledger_seal (position, global_index, event_identifier, aggregate_identifier, "
                            + "sequence_number, time_stamp, payload_digest, meta_data_digest, event_digest, chain_hash, "
                            + "sealed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", link.position(), link.globalIndex(),
                    link.eventIdentifier(), "request-" + (link.position() % 7), link.position() / 7, link.timeStamp(),
                    link.payloadDigest(), null, link.eventDigest(),
                    editedChainHashes.getOrDefault(link.position(), link.chainHash()),
                    Timestamp.from(Instant.parse(link.timeStamp()).plusMillis(200)));
        }
    }
}
