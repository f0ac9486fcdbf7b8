package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.api.ExportLedgerPageQuery;
import cz.css.ledger.audit.api.ExportLedgerQuery;
import cz.css.ledger.audit.api.LedgerExportPlan;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.ExportFormat;
import cz.css.ledger.audit.offline.StoredEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Exports a period of the sealed ledger in the offline verifier's format: the chain hash before
 * the period, the events sealed in it with their stored bytes and links, extended to the next
 * signed checkpoint (signing one if the head has none yet), so a signature covers every line.
 */
@Component
class LedgerExport {
    private final JdbcTemplate jdbc;
    private final SealStore store;
    private final Sealer sealer;
    private final Clock clock;

    LedgerExport(JdbcTemplate jdbc, SealStore store, Sealer sealer, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
    }

    LedgerExportPlan plan(ExportLedgerQuery query) {
        Instant from = query.from() == null ? Instant.EPOCH : query.from();
        Instant to = query.to() == null ? clock.instant() : query.to();
        Long first = jdbc.queryForObject("select min(first_position) from ledger_seal_block where sealed_at >= ? and sealed_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        Long last = jdbc.queryForObject("select max(last_position) from ledger_seal_block where sealed_at >= ? and sealed_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        String fromText = query.from() == null ? null : from.toString();
        String exportedAt = clock.instant().toString();
        if (first == null) {
            return new LedgerExportPlan(ExportFormat.header(fromText, to.toString(), 1, previousLink(1), exportedAt)
                    .toString(), 1, 0);
        }
        Checkpoint covering = store.checkpointCovering(last)
                .or(() -> sealer.checkpointNow().filter(checkpoint -> checkpoint.position() >= last))
                .orElseThrow(() -> new IllegalStateException("No checkpoint covers position " + last));
        return new LedgerExportPlan(ExportFormat.header(fromText, to.toString(), first, previousLink(first), exportedAt)
                .toString(), first, covering.position());
    }

    List<String> page(ExportLedgerPageQuery query) {
        var lines = new ArrayList<String>();
        var checkpoints = new HashMap<Long, Checkpoint>();
        long last = Math.min(query.toPosition(), query.fromPosition() + query.limit() - 1);
        jdbc.query("select position, head_hash, signed_at, key_id, signature from ledger_checkpoint "
                + "where position between ? and ?", rs -> {
                    checkpoints.put(rs.getLong(1), new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }, query.fromPosition(), last);
        var blocks = store.blocksCovering(query.fromPosition(), last);
        if (blocks.isEmpty()) {
            return lines;
        }
        byte[] chain = store.chainHashAt(blocks.get(0).firstPosition() - 1);
        for (SealStore.StoredBlock stored : blocks) {
            SealBlock block = stored.unpacked();
            List<byte[]> hashes = block.chainFrom(chain);
            var exported = new ArrayList<Long>();
            for (long position = Math.max(query.fromPosition(), block.firstPosition());
                    position <= Math.min(last, block.lastPosition()); position++) {
                exported.add(block.links().get((int) (position - block.firstPosition())).globalIndex());
            }
            Map<Long, StoredEvent> events = store.eventsByGlobalIndex(exported);
            for (long position = Math.max(query.fromPosition(), block.firstPosition());
                    position <= Math.min(last, block.lastPosition()); position++) {
                int at = (int) (position - block.firstPosition());
                StoredEvent event = events.get(block.links().get(at).globalIndex());
                // an event gone from the table leaves a hole in the export, which the offline verifier reports
                if (event != null) {
                    lines.add(ExportFormat.event(position, event, hashes.get(at)).toString());
                }
                Checkpoint checkpoint = checkpoints.get(position);
                if (checkpoint != null) {
                    lines.add(ExportFormat.checkpoint(checkpoint).toString());
                }
            }
            chain = hashes.get(hashes.size() - 1);
        }
        return lines;
    }

    private byte[] previousLink(long firstPosition) {
        return store.chainHashAt(firstPosition - 1);
    }
}
