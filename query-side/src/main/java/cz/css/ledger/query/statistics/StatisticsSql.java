package cz.css.ledger.query.statistics;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.query.api.MayorStatisticsView.NotInformedView;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the statistics: counts, sums and percentiles computed in the database, so that only the
 * figures travel, not the facts. Plain SQL that PostgreSQL and H2 run alike; column names come from
 * code, never from input. A period and the one before it are read in one statement: each aggregate is
 * taken twice, over the rows of either interval ({@code filter (where ...)}, {@link Scope}).
 */
@Component
class StatisticsSql {
    /** Dimensions the mayor's statistics group received requests by. */
    enum Dimension {
        STATUS("status"), AGENDA("agenda_code"), KIND("kind"), CHANNEL("channel");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    private static final double SECONDS_PER_HOUR = 3600.0;

    private final JdbcClient jdbc;

    StatisticsSql(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Received in each interval by the dimension: every group with requests in either interval. */
    Compared<Map<String, Long>> receivedBy(Dimension dimension, String municipality, Compared<Interval> intervals) {
        Scope current = Scope.current("received_at");
        Scope previous = Scope.previous("received_at");
        var counts = new Compared<Map<String, Long>>(new LinkedHashMap<>(), new LinkedHashMap<>());
        bound("select " + dimension.column + " as grp, " + current.of("count(*)", "n") + ", "
                + previous.of("count(*)", "n") + " from statistics_request_fact" + comparedWhere("received_at")
                + " group by " + dimension.column, municipality, intervals)
                .query(rs -> {
                    String group = rs.getString("grp");
                    counts.current().put(group, rs.getLong(current.column("n")));
                    counts.previous().put(group, rs.getLong(previous.column("n")));
                });
        return counts;
    }

    /** Received in each interval: all, resolved by the CSS, routed to the municipality. */
    Compared<ReceivedCounts> received(String municipality, Compared<Interval> intervals) {
        return compared("statistics_request_fact", "received_at", StatisticsSql::receivedFigures,
                StatisticsSql::receivedCounts, municipality, intervals);
    }

    /** Resolved by the CSS before {@code at}, the mayor not informed before it; oldest first. */
    List<NotInformedView> mayorNotInformed(String municipality, Instant at) {
        // two branches instead of "is null or >= :at", so that each has its index (the first a partial one on
        // PostgreSQL, V11): the backlog is read without reading the municipality's whole history
        String columns = "select registration_number, agenda_code, resolved_at from statistics_request_fact"
                + " where municipality_code = :m and resolver = 'CSS' and resolved_at < :at";
        return jdbc.sql(columns + " and mayor_informed_at is null union all " + columns
                        + " and mayor_informed_at >= :at order by resolved_at, registration_number")
                .param("m", municipality).param("at", Interval.sql(at))
                .query((rs, row) -> {
                    Instant resolvedAt = instant(rs, "resolved_at");
                    return new NotInformedView(rs.getString("registration_number"), rs.getString("agenda_code"),
                            resolvedAt, java.time.Duration.between(resolvedAt, at).toDays());
                })
                .list();
    }

    /** When each request routed to the municipality before {@code at} and not answered before it was routed. */
    List<Instant> waitingOnMunicipalitySince(String municipality, Instant at) {
        String routed = "select routed_at from statistics_request_fact where municipality_code = :m and routed_at < :at";
        return jdbc.sql(routed + " and routing_ended_at is null union all " + routed + " and routing_ended_at >= :at")
                .param("m", municipality).param("at", Interval.sql(at))
                .query((rs, row) -> instant(rs, "routed_at"))
                .list();
    }

    /** Seconds from receipt to resolution of the requests resolved in each interval. */
    Compared<DurationSummary> resolutionTimes(String municipality, Compared<Interval> intervals) {
        return compared("statistics_request_fact", "resolved_at",
                scope -> durationFigures("resolution_seconds", scope), StatisticsSql::durationSummary,
                municipality, intervals);
    }

    /** Seconds from the CSS's resolution to informing the mayor, of the mayors informed in each interval. */
    Compared<DurationSummary> informMayorTimes(String municipality, Compared<Interval> intervals) {
        return compared("statistics_request_fact", "mayor_informed_at",
                scope -> durationFigures("inform_mayor_seconds", scope), StatisticsSql::durationSummary,
                municipality, intervals);
    }

    /** Surveys offered in each interval, with their answers whenever they came. */
    Compared<SurveyCounts> surveys(String municipality, Compared<Interval> intervals) {
        return compared("statistics_survey_fact", "offered_at", StatisticsSql::surveyFigures,
                StatisticsSql::surveyCounts, municipality, intervals);
    }

    /** Survey counts per calendar step of the offer, for the filter; steps without offers have none. */
    Map<LocalDate, SurveyCounts> surveysByStep(TrendGranularity granularity, TrendFilter filter,
            StatisticsPeriod steps) {
        String step = stepColumn("offered", granularity);
        var where = new Where(filter, "offered_at", Interval.of(steps));
        var counts = new TreeMap<LocalDate, SurveyCounts>();
        where.bind(jdbc.sql("select " + step + " as step, " + surveyFigures(Scope.ALL)
                        + " from statistics_survey_fact" + where.sql() + " group by " + step))
                .query((rs, row) -> counts.put(rs.getObject("step", LocalDate.class), surveyCounts(rs, Scope.ALL)))
                .list();
        return counts;
    }

    /**
     * Seconds from receipt to resolution per calendar step of the resolution, for the filter; steps without
     * resolutions have none. The rows are chosen twice over, by the time of resolution and by its step: the
     * same rows, as the steps are whole. A percentile needs each step's rows together and sorted (it cannot be
     * computed by hashing); PostgreSQL reads them so from the index of the steps (V12) instead of sorting the
     * period's resolutions, or, for one municipality, takes the municipality's index by time of resolution.
     */
    Map<LocalDate, DurationSummary> resolutionTimesByStep(TrendGranularity granularity, TrendFilter filter,
            StatisticsPeriod steps) {
        String step = stepColumn("resolved", granularity);
        var where = new Where(filter, "resolved_at", Interval.of(steps)).inSteps(step, steps);
        var durations = new TreeMap<LocalDate, DurationSummary>();
        where.bind(jdbc.sql("select " + step + " as step, " + durationFigures("resolution_seconds", Scope.ALL)
                        + " from statistics_request_fact" + where.sql() + " group by " + step))
                .query((rs, row) -> durations.put(rs.getObject("step", LocalDate.class),
                        durationSummary(rs, Scope.ALL)))
                .list();
        return durations;
    }

    /** The column of the first day of the calendar step, such as {@code resolved_month}. */
    private static String stepColumn(String event, TrendGranularity granularity) {
        return event + "_" + granularity.name().toLowerCase(Locale.ROOT);
    }

    List<RequestLifecycleView> lifecycles(String municipality, Interval interval) {
        return jdbc.sql("select * from statistics_request_fact where received_at >= :start and received_at < :end"
                        + (municipality == null ? "" : " and municipality_code = :m")
                        + " order by received_at, registration_number")
                .params(municipality == null
                        ? Map.of("start", interval.sqlStart(), "end", interval.sqlEnd())
                        : Map.of("start", interval.sqlStart(), "end", interval.sqlEnd(), "m", municipality))
                .query((rs, row) -> new RequestLifecycleView(rs.getString("request_id"),
                        rs.getString("registration_number"), rs.getString("municipality_code"),
                        rs.getString("agenda_code"), RequestKind.valueOf(rs.getString("kind")),
                        Channel.valueOf(rs.getString("channel")), RequestStatus.valueOf(rs.getString("status")),
                        instant(rs, "received_at"), rs.getString("resolver"), instant(rs, "resolved_at"),
                        instant(rs, "routed_at"), instant(rs, "routing_ended_at"), instant(rs, "mayor_informed_at"),
                        instant(rs, "citizen_notified_at"), instant(rs, "closed_at"),
                        rs.getString("close_outcome") == null ? null : CloseOutcome.valueOf(rs.getString("close_outcome")),
                        instant(rs, "survey_offered_at"), instant(rs, "survey_answered_at")))
                .list();
    }

    /**
     * One row of figures for both intervals, which must be adjacent: the statement reads from the previous
     * one's start to the current one's end and takes each aggregate over either side of the current start.
     */
    private <T> Compared<T> compared(String table, String timeColumn, Function<Scope, String> aggregates,
            Figures<T> figures, String municipality, Compared<Interval> intervals) {
        Scope current = Scope.current(timeColumn);
        Scope previous = Scope.previous(timeColumn);
        return bound("select " + aggregates.apply(current) + ", " + aggregates.apply(previous) + " from " + table
                        + comparedWhere(timeColumn), municipality, intervals)
                .query((rs, row) -> new Compared<>(figures.read(rs, current), figures.read(rs, previous)))
                .single();
    }

    private JdbcClient.StatementSpec bound(String sql, String municipality, Compared<Interval> intervals) {
        if (!intervals.previous().end().equals(intervals.current().start())) {
            throw new IllegalArgumentException("The previous interval must end where the current one starts: "
                    + intervals);
        }
        return jdbc.sql(sql).param("m", municipality)
                .param("previousStart", intervals.previous().sqlStart())
                .param("currentStart", intervals.current().sqlStart())
                .param("currentEnd", intervals.current().sqlEnd());
    }

    private static String comparedWhere(String timeColumn) {
        return " where municipality_code = :m and " + timeColumn + " >= :previousStart and " + timeColumn
                + " < :currentEnd";
    }

    private static String receivedFigures(Scope scope) {
        return scope.of("count(*)", "received") + ", "
                + scope.of("sum(case when resolver = 'CSS' then 1 else 0 end)", "css") + ", "
                + scope.of("sum(case when routed_at is not null then 1 else 0 end)", "routed");
    }

    private static ReceivedCounts receivedCounts(ResultSet rs, Scope scope) throws SQLException {
        return new ReceivedCounts(rs.getLong(scope.column("received")), rs.getLong(scope.column("css")),
                rs.getLong(scope.column("routed")));
    }

    /**
     * How many durations and their percentiles by {@code percentile_cont}: linear interpolation between the
     * closest ranks (docs/statistics.md); null where there are none.
     */
    private static String durationFigures(String secondsColumn, Scope scope) {
        return scope.of("count(" + secondsColumn + ")", "n") + ", "
                + scope.of("percentile_cont(0.5) within group (order by " + secondsColumn + ")", "p50") + ", "
                + scope.of("percentile_cont(0.9) within group (order by " + secondsColumn + ")", "p90");
    }

    private static DurationSummary durationSummary(ResultSet rs, Scope scope) throws SQLException {
        return new DurationSummary(rs.getLong(scope.column("n")), hours(rs, scope.column("p50")),
                hours(rs, scope.column("p90")));
    }

    /** Seconds as hours, divided in Java: H2 would divide its exact decimal percentile in decimals, rounded. */
    private static Double hours(ResultSet rs, String secondsColumn) throws SQLException {
        double seconds = rs.getDouble(secondsColumn);
        return rs.wasNull() ? null : seconds / SECONDS_PER_HOUR;
    }

    /** Sums of no rows are null, read as 0. */
    private static String surveyFigures(Scope scope) {
        return scope.of("count(*)", "offered") + ", " + scope.of("count(score)", "responses") + ", "
                + scope.of("sum(score)", "score_sum") + ", "
                + scope.of("sum(case when resolved_answer = 'YES' then 1 else 0 end)", "resolved_yes");
    }

    private static SurveyCounts surveyCounts(ResultSet rs, Scope scope) throws SQLException {
        return new SurveyCounts(rs.getLong(scope.column("offered")), rs.getLong(scope.column("responses")),
                rs.getLong(scope.column("score_sum")), rs.getLong(scope.column("resolved_yes")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Figures read from a row of aggregates over one scope. */
    @FunctionalInterface
    private interface Figures<T> {
        T read(ResultSet rs, Scope scope) throws SQLException;
    }

    /**
     * The rows an aggregate is taken over, and the prefix of its column: one interval of a comparison (split
     * at the current interval's start, {@code :currentStart}), or all the rows of a group.
     */
    private record Scope(String prefix, String filter) {
        static final Scope ALL = new Scope("", "");

        static Scope current(String timeColumn) {
            return new Scope("current_", " filter (where " + timeColumn + " >= :currentStart)");
        }

        static Scope previous(String timeColumn) {
            return new Scope("previous_", " filter (where " + timeColumn + " < :currentStart)");
        }

        /** The aggregate over this scope's rows, as the column {@code name} with this scope's prefix. */
        String of(String aggregate, String name) {
            return aggregate + filter + " as " + column(name);
        }

        String column(String name) {
            return prefix + name;
        }
    }

    /** The trend filter and interval as a where clause with named parameters. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where(TrendFilter filter, String timeColumn, Interval interval) {
            sql.append(" where ").append(timeColumn).append(" >= :start and ").append(timeColumn).append(" < :end");
            params.put("start", interval.sqlStart());
            params.put("end", interval.sqlEnd());
            add("municipality_code", filter.municipalityCode());
            add("agenda_code", filter.agendaCode());
            add("kind", filter.kind() == null ? null : filter.kind().name());
            add("channel", filter.channel() == null ? null : filter.channel().name());
            add("resolver", filter.resolver());
        }

        /** Also the steps of the whole-step interval, by the step column. */
        Where inSteps(String stepColumn, StatisticsPeriod steps) {
            sql.append(" and ").append(stepColumn).append(" >= :firstStep and ").append(stepColumn)
                    .append(" <= :lastDay");
            params.put("firstStep", steps.from());
            params.put("lastDay", steps.to());
            return this;
        }

        private void add(String column, String value) {
            if (value != null) {
                sql.append(" and ").append(column).append(" = :").append(column);
                params.put(column, value);
            }
        }

        String sql() {
            return sql.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }
}
