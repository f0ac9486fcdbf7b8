package db.migration;

import cz.css.ledger.audit.offline.ChainHash;
import cz.css.ledger.audit.seal.SealBlock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The seal stores one row per sealed batch ({@code ledger_seal_block}, {@link SealBlock}) instead of one
 * per event ({@code ledger_seal}): the same chain, a fraction of the rows, index entries and WAL. The
 * links sealed so far move into blocks of consecutive positions, cut wherever a stored link does not
 * follow from the one before it or a position is missing, so that verification still finds every edit
 * the old rows showed; then the old table goes. On PostgreSQL the new table is append-only like the old
 * one: the statement triggers of {@link V5_1__Append_only_ledger}, and only SELECT and INSERT for the
 * application's role ({@link V7__Application_role_privileges}).
 */
public class V13__Seal_blocks extends BaseJavaMigration {
    private static final int LINKS_PER_BLOCK = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create table ledger_seal_block (
                        first_position    bigint                      not null,
                        last_position     bigint                      not null,
                        high_water        bigint                      not null,
                        latest_time_stamp varchar(255)                not null,
                        links             bytea                       not null,
                        chain_hash        bytea                       not null,
                        sealed_at         timestamp(6) with time zone not null,
                        constraint pk_ledger_seal_block primary key (first_position),
                        constraint uk_ledger_seal_block_last_position unique (last_position)
                    )""");
        }
        new Conversion(connection).run();
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            appendOnly(context);
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop table ledger_seal");
        }
    }

    private static void appendOnly(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            // the links are digests and identifiers that do not compress: storing them as they are spares the
            // sealer's transactions a compression attempt of every block (3 µs per link measured, 1 µs without)
            sql.execute("alter table ledger_seal_block alter column links set storage external");
            sql.execute("create trigger ledger_seal_block_append_only before update or delete on ledger_seal_block "
                    + "for each statement execute function ledger_refuse_change()");
            sql.execute("create trigger ledger_seal_block_no_truncate before truncate on ledger_seal_block "
                    + "for each statement execute function ledger_refuse_change()");
            String role = context.getConfiguration().getPlaceholders()
                    .get(V7__Application_role_privileges.ROLE_PLACEHOLDER);
            if (role != null && !role.isBlank() && !role.equals(context.getConnection().getMetaData().getUserName())) {
                String quoted = '"' + role.replace("\"", "\"\"") + '"';
                sql.execute("revoke all on table ledger_seal_block from " + quoted);
                sql.execute("grant select, insert on table ledger_seal_block to " + quoted);
            }
        }
    }

    /** Reads the old links in order and writes them as blocks. */
    private static final class Conversion {
        private final Connection connection;
        private final List<SealBlock.Link> links = new ArrayList<>();
        private long firstPosition;
        private long lastPosition;
        private byte[] lastChainHash;
        private long highWater;
        private Instant latestTime;
        private Timestamp sealedAt;

        Conversion(Connection connection) {
            this.connection = connection;
        }

        void run() throws SQLException {
            try (Statement sql = connection.createStatement()) {
                sql.setFetchSize(LINKS_PER_BLOCK);
                try (ResultSet rs = sql.executeQuery("select position, global_index, event_identifier, "
                        + "aggregate_identifier, sequence_number, time_stamp, payload_digest, meta_data_digest, "
                        + "event_digest, chain_hash, sealed_at from ledger_seal order by position")) {
                    while (rs.next()) {
                        take(rs);
                    }
                }
            }
            write();
        }

        private void take(ResultSet rs) throws SQLException {
            long position = rs.getLong("position");
            byte[] eventDigest = rs.getBytes("event_digest");
            byte[] chainHash = rs.getBytes("chain_hash");
            boolean follows = !links.isEmpty() && position == lastPosition + 1
                    && Arrays.equals(chainHash, ChainHash.link(lastChainHash, eventDigest));
            if (!follows || links.size() == LINKS_PER_BLOCK) {
                write();
                firstPosition = position;
            }
            var link = new SealBlock.Link(rs.getLong("global_index"), rs.getString("event_identifier"),
                    rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("time_stamp"),
                    rs.getBytes("payload_digest"), rs.getBytes("meta_data_digest"), eventDigest);
            links.add(link);
            lastPosition = position;
            lastChainHash = chainHash;
            highWater = Math.max(highWater, link.globalIndex());
            Instant time = Instant.parse(link.timeStamp());
            latestTime = latestTime == null || time.isAfter(latestTime) ? time : latestTime;
            sealedAt = rs.getTimestamp("sealed_at");
        }

        private void write() throws SQLException {
            if (links.isEmpty()) {
                return;
            }
            var block = new SealBlock(firstPosition, links, lastChainHash);
            try (PreparedStatement insert = connection.prepareStatement("insert into ledger_seal_block "
                    + "(first_position, last_position, high_water, latest_time_stamp, links, chain_hash, sealed_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, block.firstPosition());
                insert.setLong(2, block.lastPosition());
                insert.setLong(3, highWater);
                insert.setString(4, latestTime.toString());
                insert.setBytes(5, block.packedLinks());
                insert.setBytes(6, block.chainHash());
                insert.setTimestamp(7, sealedAt);
                insert.executeUpdate();
            }
            links.clear();
        }
    }
}
