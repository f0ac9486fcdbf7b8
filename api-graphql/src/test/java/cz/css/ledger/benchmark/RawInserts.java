package cz.css.ledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw limit: the ledger's own event rows (copied from its store) inserted with plain JDBC into
 * a copy of {@code domain_event_entry} (same columns, primary key and unique indexes, its own
 * sequence), one event or a batch of ten per transaction.
 */
final class RawInserts {
    /** A stored event's bytes and type, to insert again under new ids. */
    record Row(byte[] metaData, byte[] payload, String payloadType) {
    }

    /** One configuration's result: transactions and events per second, latency per transaction. */
    record Result(int threads, int eventsPerTransaction, double transactionsPerSecond, double eventsPerSecond,
            Latencies latencies) {
    }

    private static final String INSERT = "insert into bench_raw_event (global_index, event_identifier, meta_data,"
            + " payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
            + " values (nextval('bench_raw_event_seq'), ?, ?, ?, null, ?, ?, ?, ?, 'CitizenRequest')";

    private final String url;
    private final String user;
    private final String password;
    private final List<Row> rows;

    RawInserts(String url, String user, String password, List<Row> rows) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.rows = rows;
    }

    void createTable() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists bench_raw_event");
            sql.execute("drop sequence if exists bench_raw_event_seq");
            sql.execute("create table bench_raw_event (like domain_event_entry including all)");
            sql.execute("create sequence bench_raw_event_seq");
        }
    }

    void dropTable() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists bench_raw_event");
            sql.execute("drop sequence if exists bench_raw_event_seq");
        }
    }

    Result run(int threads, int eventsPerTransaction, Duration duration) throws Exception {
        var latencies = new Latencies();
        var transactions = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            workers.add(pool.submit(() -> {
                try (Connection db = connect(); PreparedStatement insert = db.prepareStatement(INSERT)) {
                    db.setAutoCommit(false);
                    int next = offset;
                    while (System.nanoTime() < deadline) {
                        long began = System.nanoTime();
                        String aggregate = UUID.randomUUID().toString();
                        for (int sequence = 0; sequence < eventsPerTransaction; sequence++) {
                            Row row = rows.get(next++ % rows.size());
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setBytes(2, row.metaData());
                            insert.setBytes(3, row.payload());
                            insert.setString(4, row.payloadType());
                            insert.setString(5, Instant.now().toString());
                            insert.setString(6, aggregate);
                            insert.setLong(7, sequence);
                            if (eventsPerTransaction == 1) {
                                insert.executeUpdate();
                            } else {
                                insert.addBatch();
                            }
                        }
                        if (eventsPerTransaction > 1) {
                            insert.executeBatch();
                        }
                        db.commit();
                        latencies.record(System.nanoTime() - began);
                        transactions.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(threads, eventsPerTransaction, transactions.get() / seconds,
                transactions.get() * eventsPerTransaction / seconds, latencies);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
