package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * SQL of the seal, plain enough for PostgreSQL and H2: reads stored events as bytes, appends links
 * and checkpoints. It never updates or deletes a row.
 */
@Component
class SealStore {
    static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private static final int ROWS_PER_INSERT = 100;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    SealStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * On PostgreSQL, lets the current transaction commit without waiting for its WAL to reach the
     * disk, so sealing does not add a disk flush beside every writer's. A crash may lose the last
     * fraction of a second of links, never an event: the sealer starts again from the stored head
     * and seals those events anew. A checkpoint commits synchronously, which flushes every link
     * before it, so no signed head ever covers links that could be lost.
     */
    void commitWithoutWaitingForTheDisk() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        }
        if (Boolean.TRUE.equals(postgres)) {
            jdbc.execute("set local synchronous_commit to off");
        }
    }

    /** The last link, or the genesis at position 0. */
    Link head() {
        return jdbc.query("select position, global_index, chain_hash from ledger_seal order by position desc limit 1",
                        (rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
                .stream().findFirst().orElse(Link.GENESIS);
    }

    /** The newest event time among the last sealed links (times are nearly, not strictly, in order). */
    Optional<Instant> latestSealedTime() {
        return jdbc.queryForList("select time_stamp from ledger_seal order by position desc limit 1000", String.class)
                .stream().map(Instant::parse).max(Instant::compareTo);
    }

    long highestSealedGlobalIndex() {
        Long highest = jdbc.queryForObject("select max(global_index) from ledger_seal", Long.class);
        return highest == null ? 0 : highest;
    }

    List<StoredEvent> eventsAfter(long globalIndex, int limit) {
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index > ? "
                + "order by e.global_index limit ?", (rs, row) -> event(rs), globalIndex, limit);
    }

    List<StoredEvent> eventsAt(Collection<Long> globalIndexes) {
        if (globalIndexes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(globalIndexes.size(), "?"));
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index in (" + marks
                + ") order by e.global_index", (rs, row) -> event(rs), globalIndexes.toArray());
    }

    /** Stored events up to a global index that have no link (a late commit in a hole, or an insertion). */
    List<StoredEvent> unsealedUpTo(long globalIndex) {
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index <= ? "
                + "and not exists (select 1 from ledger_seal s where s.global_index = e.global_index) "
                + "order by e.global_index", (rs, row) -> event(rs), globalIndex);
    }

    /** Stored events without a link, of any global index. */
    void forEachUnsealed(RowCallbackHandler handler) {
        jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where not exists "
                + "(select 1 from ledger_seal s where s.global_index = e.global_index) order by e.global_index", handler);
    }

    long unsealedAfter(long globalIndex) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where global_index > ?", Long.class,
                globalIndex);
        return count == null ? 0 : count;
    }

    /** Multi-row inserts, a hundred links per statement: far cheaper per row than one statement each. */
    void append(List<SealedLink> links) {
        for (int from = 0; from < links.size(); from += ROWS_PER_INSERT) {
            List<SealedLink> chunk = links.subList(from, Math.min(links.size(), from + ROWS_PER_INSERT));
            String rows = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            var values = new ArrayList<Object>(chunk.size() * 11);
            for (SealedLink link : chunk) {
                StoredEvent event = link.event();
                values.add(link.position());
                values.add(event.globalIndex());
                values.add(event.eventIdentifier());
                values.add(event.aggregateIdentifier());
                values.add(event.sequenceNumber());
                values.add(event.timeStamp());
                values.add(link.digests().payload());
                values.add(link.digests().metaData());
                values.add(link.digests().event());
                values.add(link.chainHash());
                values.add(Timestamp.from(link.sealedAt()));
            }
            jdbc.update("insert into ledger_seal (position, global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, time_stamp, payload_digest, meta_data_digest, event_digest, chain_hash, "
                    + "sealed_at) values " + rows, ps -> {
                        for (int i = 0; i < values.size(); i++) {
                            Object value = values.get(i);
                            if (value == null) {
                                ps.setNull(i + 1, Types.VARBINARY);
                            } else {
                                ps.setObject(i + 1, value);
                            }
                        }
                    });
        }
    }

    Optional<Checkpoint> lastCheckpoint() {
        return jdbc.query("select position, head_hash, signed_at, key_id, signature from ledger_checkpoint "
                + "order by position desc limit 1", (rs, row) -> checkpoint(rs)).stream().findFirst();
    }

    /** The first checkpoint at or after a position. */
    Optional<Checkpoint> checkpointCovering(long position) {
        return jdbc.query("select position, head_hash, signed_at, key_id, signature from ledger_checkpoint "
                + "where position >= ? order by position limit 1", (rs, row) -> checkpoint(rs), position)
                .stream().findFirst();
    }

    List<Checkpoint> checkpoints() {
        return jdbc.query("select position, head_hash, signed_at, key_id, signature from ledger_checkpoint "
                + "order by position", (rs, row) -> checkpoint(rs));
    }

    void append(Checkpoint checkpoint) {
        jdbc.update("insert into ledger_checkpoint (position, head_hash, signed_at, key_id, signature) "
                        + "values (?, ?, ?, ?, ?)", checkpoint.position(), checkpoint.headHash(), checkpoint.signedAt(),
                checkpoint.keyId(), checkpoint.signature());
    }

    static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("type"),
                rs.getString("time_stamp"), rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getBytes("payload"), rs.getBytes("meta_data"));
    }

    private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** A position in the chain and its hash; position 0 is the genesis. */
    record Link(long position, long globalIndex, byte[] chainHash) {
        static final Link GENESIS = new Link(0, 0, ChainHash.GENESIS);
    }

    /** A link about to be appended. */
    record SealedLink(long position, StoredEvent event, StoredEvent.Digests digests, byte[] chainHash,
            Instant sealedAt) {
    }
}
