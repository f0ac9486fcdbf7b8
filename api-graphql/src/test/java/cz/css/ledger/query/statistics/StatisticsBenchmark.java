package cz.css.ledger.query.statistics;

import com.zaxxer.hikari.HikariDataSource;
import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics at scale, without the ledger's full load (docs/performance.md): fills the statistics tables of a
 * PostgreSQL database with synthetic facts (by SQL, in the workload's proportions, spread over the last year, a third
 * of them in Ivančice) and times the mayor's statistics and the two trends of the benchmark through the real query
 * classes. Prints figures, asserts nothing: a {@code main} on the test class path, not a test.
 *
 * <pre>
 * --db-url=jdbc:postgresql://127.0.0.1:5432/ledger_stats_bench   (the database, migrated here as ledger_owner)
 * --requests=1000000   --runs=50
 * --warmup-seconds=30   (each query run over and over first, for the JIT, as in a server that has run a while)
 * --keep   (measure the facts already there)   --keep --aggregate   (and build the aggregates of them afresh)
 * </pre>
 */
public final class StatisticsBenchmark {
    static final String IVANCICE = "583120";
    /** Ivančice a third, two towns next, nine villages the rest. */
    private static final String CODES = "'583120','583120','583120','583120','583120','583120','583120','583120',"
            + "'583120','583120','583588','583588','583588','583588','582956','582956','582956','582832','582832',"
            + "'582930','582930','583022','583022','583201','583201','583375','583421','583481','583502','583511'";
    private static final String AGENDAS = "'PORUCHY','PORADENSTVI','ZADOSTI','DOTACE','ZAKAZKY','TURISMUS','AKCE',"
            + "'PRACE','ROZVOJ','OSTATNI'";
    private static final String KINDS = "'REQUEST','SUGGESTION','COMPLAINT','INFORMATION_REQUEST',"
            + "'FAULT_OR_EMERGENCY','OTHER'";
    private static final String CHANNELS = "'IN_PERSON','PHONE','EMAIL','LETTER','WEB_FORM','DATA_BOX'";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/ledger_stats_bench");
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "50"));
        int warmupSeconds = Integer.parseInt(options.getOrDefault("warmup-seconds", "30"));
        Flyway.configure().dataSource(url, "ledger_owner", "ledger_owner").locations("classpath:db/migration")
                .placeholders(Map.of("application-role", "ledger")).load().migrate();
        try (var dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("ledger_owner");
            dataSource.setPassword("ledger_owner");
            dataSource.setMaximumPoolSize(2);
            var jdbc = new JdbcTemplate(dataSource);
            if (!options.containsKey("keep")) {
                fill(jdbc, requests);
            } else if (options.containsKey("aggregate")) {
                for (AggregateTable table : AggregateTable.values()) {
                    jdbc.execute("truncate " + table.table);
                }
                aggregate(jdbc);
                for (AggregateTable table : AggregateTable.values()) {
                    jdbc.execute("vacuum analyze " + table.table);
                }
            }
            System.out.printf("request facts %,d, survey facts %,d, Ivančice %,d%n",
                    jdbc.queryForObject("select count(*) from statistics_request_fact", Long.class),
                    jdbc.queryForObject("select count(*) from statistics_survey_fact", Long.class),
                    jdbc.queryForObject("select count(*) from statistics_request_fact where municipality_code = ?",
                            Long.class, IVANCICE));
            measure(new StatisticsSql(dataSource), runs, warmupSeconds);
        }
    }

    private static void measure(StatisticsSql sql, int runs, int warmupSeconds) {
        var mayor = new MayorStatistics(sql, 5);
        var trends = new SatisfactionTrends(sql, 5);
        LocalDate today = LocalDate.now(StatisticsPeriod.PRAGUE);
        time("mayor's statistics, Ivančice, last 90 days vs the 90 before", runs, warmupSeconds,
                () -> mayor.of(new FindMayorStatisticsQuery(IVANCICE, new StatisticsPeriod(today.minusDays(89), today),
                        Instant.now())));
        time("satisfaction trend, by month over a year", runs, warmupSeconds,
                () -> trends.of(new FindSatisfactionTrendsQuery(TrendGranularity.MONTH,
                        new StatisticsPeriod(today.minusYears(1), today), TrendFilter.none())));
        time("satisfaction trend, by week over 180 days, Ivančice, resolved by the municipality", runs, warmupSeconds,
                () -> trends.of(new FindSatisfactionTrendsQuery(TrendGranularity.WEEK,
                        new StatisticsPeriod(today.minusDays(180), today),
                        new TrendFilter(IVANCICE, null, null, null, TrendFilter.MUNICIPALITY))));
    }

    private static void time(String name, int runs, int warmupSeconds, Supplier<Object> query) {
        long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warmups = 0;
        do {
            query.get();
            warmups++;
        } while (warmups < 5 || System.nanoTime() < warmUntil);
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-85s runs %d  p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms%n", name, runs,
                percentile(millis, 0.50), percentile(millis, 0.99), millis[runs - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /**
     * Facts in the workload's proportions (docs/performance.md): resolved by the CSS with the mayor informed 36 %,
     * routed and resolved by the municipality 27 %, routed and returned 7 %, declined 10 %, withdrawn 6 %, reopened
     * and resolved again 5 %, open 9 %; resolution times log-normal around two days, informing the mayor around four
     * hours; 60 % of the closed requests get a survey, 85 % of those answer.
     */
    private static void fill(JdbcTemplate jdbc, int requests) {
        long start = System.nanoTime();
        for (String table : tables(jdbc)) {
            jdbc.execute("truncate " + table);
        }
        jdbc.update("""
                insert into statistics_request_fact (request_id, registration_number, municipality_code, agenda_code,
                    kind, channel, status, received_at, resolver, resolved_at, resolution_seconds, resolved_week,
                    resolved_month, resolved_quarter, mayor_informed_at, inform_mayor_seconds, routed_at,
                    routing_ended_at, closed_at, close_outcome, version)
                with g as (
                    select i, (array[%s])[1 + i %% 30] as m, now() - random() * interval '365 days' as r,
                        random() * 100 as dice, (array[%s])[1 + (random() * 9.99)::int %% 10] as agenda,
                        (array[%s])[1 + (random() * 5.99)::int %% 6] as kind,
                        (array[%s])[1 + (random() * 5.99)::int %% 6] as channel,
                        exp(ln(172800) + 1.2 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as res_s,
                        exp(ln(14400) + 1.0 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) as inf_s
                    from generate_series(1, ?) as i),
                s as (
                    select g.*, case when dice < 36 then 'css' when dice < 63 then 'routed' when dice < 70
                        then 'returned' when dice < 80 then 'declined' when dice < 86 then 'withdrawn'
                        when dice < 91 then 'reopened' else 'open' end as shape,
                        r + res_s * interval '1 second' as done
                    from g),
                t as (
                    select s.*, case when done <= now() and shape in ('css', 'returned', 'reopened') then 'CSS'
                        when done <= now() and shape = 'routed' then 'MUNICIPALITY' end as resolver,
                        case when shape in ('routed', 'returned') and r + interval '1 hour' <= now()
                            then r + interval '1 hour' end as routed
                    from s),
                u as (
                    select t.*, case when resolver = 'CSS' and done + inf_s * interval '1 second' <= now()
                        then done + inf_s * interval '1 second' end as informed,
                        case when resolver = 'CSS' and done + inf_s * interval '1 second' + interval '1 day' <= now()
                            then done + inf_s * interval '1 second' + interval '1 day'
                        when resolver = 'MUNICIPALITY' and done + interval '1 day' <= now()
                            then done + interval '1 day' end as closed
                    from t)
                select 'bench-' || i, 'BENCH-' || i, m, agenda, kind, channel,
                    case when shape = 'declined' then 'DECLINED' when shape = 'withdrawn' then 'WITHDRAWN'
                        when closed is not null then 'CLOSED' when informed is not null then 'MAYOR_INFORMED'
                        when resolver = 'CSS' then 'RESOLVED_BY_CSS' when resolver = 'MUNICIPALITY'
                        then 'RESOLVED_BY_MUNICIPALITY' when routed is not null then 'ROUTED_TO_MUNICIPALITY'
                        else 'RECEIVED' end,
                    r, resolver, case when resolver is not null then done end,
                    case when resolver is not null then floor(res_s)::bigint end,
                    case when resolver is not null then date_trunc('week', done at time zone 'Europe/Prague')::date end,
                    case when resolver is not null then date_trunc('month', done at time zone 'Europe/Prague')::date end,
                    case when resolver is not null then date_trunc('quarter', done at time zone 'Europe/Prague')::date end,
                    informed, case when informed is not null then floor(inf_s)::bigint end, routed,
                    case when shape = 'routed' and resolver is not null then done
                        when shape = 'returned' and routed is not null
                            then least(now(), routed + res_s * interval '0.5 second') end,
                    closed, case when closed is not null then 'RESOLVED' end, 5
                from u
                """.formatted(CODES, AGENDAS, KINDS, CHANNELS), requests);
        jdbc.update("""
                insert into statistics_survey_fact (survey_id, request_id, registration_number, municipality_code,
                    agenda_code, kind, channel, resolver, offer_channel, offered_at, answer_by, offered_week,
                    offered_month, offered_quarter, answered_at, score, resolved_answer, answered_by, version)
                select 'survey-' || request_id, request_id, registration_number, municipality_code, agenda_code, kind,
                    channel, resolver, 'EMAIL', closed_at, closed_at + interval '30 days',
                    date_trunc('week', closed_at at time zone 'Europe/Prague')::date,
                    date_trunc('month', closed_at at time zone 'Europe/Prague')::date,
                    date_trunc('quarter', closed_at at time zone 'Europe/Prague')::date,
                    case when answers then answered end, case when answers then score end,
                    case when not answers then null when score >= 4 then 'YES' when score = 3 then 'PARTLY'
                        else 'NO' end,
                    case when answers then 'CITIZEN_WITH_TOKEN' end, 6
                from (select f.*, closed_at + interval '2 days' as answered,
                        closed_at + interval '2 days' <= now() and random() < 0.85 as answers,
                        (array[5, 5, 5, 4, 4, 4, 3, 3, 2, 1])[1 + (random() * 9.99)::int % 10] as score
                    from statistics_request_fact f where closed_at is not null and random() < 0.6) as c
                """);
        System.out.printf("filled %,d requests in %.0f s%n", requests, (System.nanoTime() - start) / 1e9);
        aggregate(jdbc);
        for (String table : tables(jdbc)) {
            jdbc.execute("vacuum analyze " + table);
        }
    }

    /**
     * What the facts add up to, as the projection counts it ({@link Tally}), written to the aggregate tables (V14)
     * that are empty: every row inserted once.
     */
    private static void aggregate(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        var total = new Tally();
        jdbc.query("select municipality_code, received_at, status, agenda_code, kind, channel, resolver, routed_at,"
                + " resolved_at, resolution_seconds, mayor_informed_at, inform_mayor_seconds"
                + " from statistics_request_fact", rs -> {
                    String m = rs.getString("municipality_code");
                    String resolver = rs.getString("resolver");
                    total.addAll(new Tally()
                            .received(m, instant(rs, "received_at"), rs.getString("status"), rs.getString("agenda_code"),
                                    rs.getString("kind"), rs.getString("channel"), RequestFact.CSS.equals(resolver),
                                    rs.getObject("routed_at") != null)
                            .duration(Tally.RESOLUTION, m, resolver, instant(rs, "resolved_at"),
                                    (Long) rs.getObject("resolution_seconds"))
                            .duration(Tally.INFORM_MAYOR, m, resolver, instant(rs, "mayor_informed_at"),
                                    (Long) rs.getObject("inform_mayor_seconds")));
                });
        jdbc.query("select municipality_code, resolver, offered_at, score, resolved_answer from statistics_survey_fact",
                rs -> {
                    total.addAll(new Tally().survey(rs.getString("municipality_code"), rs.getString("resolver"),
                            instant(rs, "offered_at"), (Integer) rs.getObject("score"),
                            "YES".equals(rs.getString("resolved_answer"))));
                });
        long rows = 0;
        for (AggregateTable table : AggregateTable.values()) {
            var arguments = new ArrayList<Object[]>();
            for (var row : total.rows(table)) {
                var values = new ArrayList<Object>(row.getKey().key().stream()
                        .map(v -> v instanceof LocalDate day ? java.sql.Date.valueOf(day) : v).toList());
                for (long count : row.getValue()) {
                    values.add(count);
                }
                arguments.add(values.toArray());
            }
            jdbc.batchUpdate("insert into " + table.table + " (" + String.join(", ", table.keys) + ", "
                    + String.join(", ", table.counts) + ") values (" + "?, ".repeat(table.keys.size()
                    + table.counts.size() - 1) + "?)", arguments);
            rows += arguments.size();
        }
        System.out.printf("aggregated into %,d rows in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var value = rs.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The statistics' tables: the facts, and whatever is kept from them. */
    private static List<String> tables(JdbcTemplate jdbc) {
        return new ArrayList<>(jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()"
                + " and tablename like 'statistics\\_%' order by tablename", String.class));
    }

    private static Map<String, String> options(String[] args) {
        var options = new java.util.HashMap<String, String>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }
}
