package cz.css.ledger.audit.seal;

import cz.css.ledger.audit.api.ExportLedgerPageQuery;
import cz.css.ledger.audit.api.ExportLedgerQuery;
import cz.css.ledger.audit.api.LedgerExportPlan;
import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.offline.Checkpoint;
import cz.css.ledger.audit.offline.ExportFormat;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        Long first = jdbc.queryForObject("select min(position) from ledger_seal where sealed_at >= ? and sealed_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        Long last = jdbc.queryForObject("select max(position) from ledger_seal where sealed_at >= ? and sealed_at < ?",
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
        jdbc.query("select s.position, s.chain_hash, " + SealStore.EVENT_COLUMNS + " from ledger_seal s "
                + "join domain_event_entry e on e.global_index = s.global_index "
                + "where s.position between ? and ? order by s.position", rs -> {
                    long position = rs.getLong("position");
                    lines.add(ExportFormat.event(position, SealStore.event(rs), rs.getBytes("chain_hash")).toString());
                    Checkpoint checkpoint = checkpoints.get(position);
                    if (checkpoint != null) {
                        lines.add(ExportFormat.checkpoint(checkpoint).toString());
                    }
                }, query.fromPosition(), last);
        return lines;
    }

    private byte[] previousLink(long firstPosition) {
        if (firstPosition <= 1) {
            return ChainHash.GENESIS;
        }
        return jdbc.queryForObject("select chain_hash from ledger_seal where position = ?", byte[].class,
                firstPosition - 1);
    }
}
