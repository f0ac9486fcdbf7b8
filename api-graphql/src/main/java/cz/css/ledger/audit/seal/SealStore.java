package cz.css.ledger.audit.seal;

import cz.css.ledger.app.AsynchronousCommit;
import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL of the seal, plain enough for PostgreSQL and H2: reads stored events as bytes, appends blocks of
 * links ({@link SealBlock}) and checkpoints. It never updates or deletes a row.
 */
@Component
class SealStore {
    static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private static final int EVENTS_PER_IN_LIST = 500;
    private static final String BLOCK_COLUMNS = "first_position, last_position, high_water, links, chain_hash, "
            + "sealed_at";

    private final JdbcTemplate jdbc;
    private final AsynchronousCommit asynchronousCommit;

    SealStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.asynchronousCommit = new AsynchronousCommit(jdbc);
    }

    /**
     * On PostgreSQL, lets the current transaction commit without waiting for its WAL to reach the
     * disk, so sealing does not add a disk flush beside every writer's. A crash may lose the last
     * fraction of a second of links, never an event: the sealer starts again from the stored head
     * and seals those events anew. A checkpoint commits synchronously, which flushes every link
     * before it, so no signed head ever covers links that could be lost.
     */
    void commitWithoutWaitingForTheDisk() {
        asynchronousCommit.forThisTransaction();
    }

    /** The newest block's head, or the genesis at position 0. */
    Head head() {
        return jdbc.query("select last_position, chain_hash, high_water, latest_time_stamp, sealed_at "
                        + "from ledger_seal_block order by first_position desc limit 1",
                        (rs, row) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3),
                                Instant.parse(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .stream().findFirst().orElse(Head.GENESIS);
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

    /** The stored events of these global indexes; one range read where they lie close together. */
    Map<Long, StoredEvent> eventsByGlobalIndex(List<Long> globalIndexes) {
        var events = new HashMap<Long, StoredEvent>(globalIndexes.size() * 2);
        if (globalIndexes.isEmpty()) {
            return events;
        }
        long low = globalIndexes.stream().mapToLong(Long::longValue).min().orElseThrow();
        long high = globalIndexes.stream().mapToLong(Long::longValue).max().orElseThrow();
        if (high - low < 4L * globalIndexes.size()) {
            eventsBetween(low, high).forEach(event -> events.put(event.globalIndex(), event));
            return events;
        }
        for (int from = 0; from < globalIndexes.size(); from += EVENTS_PER_IN_LIST) {
            eventsAt(globalIndexes.subList(from, Math.min(globalIndexes.size(), from + EVENTS_PER_IN_LIST)))
                    .forEach(event -> events.put(event.globalIndex(), event));
        }
        return events;
    }

    /** Stored events with a global index from {@code from} to {@code to}, both included. */
    List<StoredEvent> eventsBetween(long from, long to) {
        return jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry e where e.global_index between ? and ? "
                + "order by e.global_index", (rs, row) -> event(rs), from, to);
    }

    /** Global indexes of stored events from {@code from} to {@code to}, both included (from the index alone). */
    List<Long> globalIndexesBetween(long from, long to) {
        return jdbc.queryForList("select global_index from domain_event_entry where global_index between ? and ? "
                + "order by global_index", Long.class, from, to);
    }

    /** The newest blocks sealed within {@code window} of the head's, at most {@code limit}; newest first. */
    List<StoredBlock> recentBlocks(Head head, Duration window, int limit) {
        if (head.position() == 0) {
            return List.of();
        }
        return jdbc.query("select " + BLOCK_COLUMNS + " from ledger_seal_block where sealed_at >= ? "
                        + "order by first_position desc limit ?", (rs, row) -> block(rs),
                Timestamp.from(head.sealedAt().minus(window)), limit);
    }

    /** The blocks holding any position from {@code from} to {@code to}, in chain order. */
    List<StoredBlock> blocksCovering(long from, long to) {
        return jdbc.query("select " + BLOCK_COLUMNS + " from ledger_seal_block where last_position >= ? "
                + "and first_position <= ? order by first_position", (rs, row) -> block(rs), from, to);
    }

    /** The chain hash after {@code position}: the genesis at 0, else the stored head or a hash inside a block. */
    byte[] chainHashAt(long position) {
        if (position <= 0) {
            return ChainHash.GENESIS;
        }
        var blocks = blocksCovering(position, position);
        if (blocks.isEmpty()) {
            throw new IllegalStateException("No seal block holds position " + position);
        }
        SealBlock block = blocks.get(0).unpacked();
        if (block.lastPosition() == position) {
            return block.chainHash();
        }
        byte[] before = chainHashAt(block.firstPosition() - 1);
        return block.chainFrom(before).get((int) (position - block.firstPosition()));
    }

    /** Every block in chain order, streamed (a block per row; the caller's template sets the fetch size). */
    static void forEachBlock(JdbcTemplate streaming, BlockHandler handler) {
        streaming.query("select " + BLOCK_COLUMNS + " from ledger_seal_block order by first_position",
                rs -> {
                    handler.accept(block(rs));
                });
    }

    /** Every stored event's global index, in order (from the index alone). */
    static void forEachGlobalIndex(JdbcTemplate streaming, LongConsumer handler) {
        streaming.query("select global_index from domain_event_entry order by global_index",
                rs -> {
                    handler.accept(rs.getLong(1));
                });
    }

    /**
     * Appends a sealed batch as one row. {@code highWater} and {@code latestTime} are the highest global
     * index and the latest event time sealed so far, this block included, so the sealer finds them again
     * in the newest row.
     */
    void append(SealBlock block, long highWater, Instant latestTime, Instant sealedAt) {
        jdbc.update("insert into ledger_seal_block (first_position, last_position, high_water, latest_time_stamp, "
                        + "links, chain_hash, sealed_at) values (?, ?, ?, ?, ?, ?, ?)", block.firstPosition(),
                block.lastPosition(), highWater, latestTime.toString(), block.packedLinks(), block.chainHash(),
                Timestamp.from(sealedAt));
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

    /** The newest block's last position and chain hash, the highest global index and latest time sealed. */
    record Head(long position, byte[] chainHash, long highWater, Instant latestTime, Instant sealedAt) {
        static final Head GENESIS = new Head(0, ChainHash.GENESIS, 0, null, null);
    }

    /** A block as stored, with when it was sealed; its links are read on demand. */
    record StoredBlock(long firstPosition, long lastPosition, byte[] packedLinks, byte[] chainHash, long highWater,
            Instant sealedAt) {

        /**
         * The block's links.
         *
         * @throws IllegalArgumentException if they cannot be read as written, or their number does not fit the
         *         positions: the row was edited
         */
        SealBlock unpacked() {
            SealBlock block = SealBlock.unpack(firstPosition, packedLinks, chainHash);
            if (block.lastPosition() != lastPosition) {
                throw new IllegalArgumentException("it holds " + block.links().size() + " links for positions "
                        + firstPosition + ".." + lastPosition);
            }
            return block;
        }
    }

    @FunctionalInterface
    interface BlockHandler {
        void accept(StoredBlock block) throws SQLException;
    }

    private static StoredBlock block(ResultSet rs) throws SQLException {
        return new StoredBlock(rs.getLong("first_position"), rs.getLong("last_position"), rs.getBytes("links"),
                rs.getBytes("chain_hash"), rs.getLong("high_water"), rs.getTimestamp("sealed_at").toInstant());
    }
}
