package cz.css.ledger.query.statistics;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.query.api.MayorStatisticsView.NotInformedView;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.PostgreSql;
import cz.css.ledger.query.api.TrendGranularity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the statistics: counts and sums of the aggregates (V14) per day or calendar step, histograms of the
 * durations whose percentiles Java interpolates ({@link DurationHistogram}), and what only the facts hold (the
 * backlogs, the request list, trends filtered by agenda, kind or channel). Plain SQL that PostgreSQL and H2 run
 * alike; column names come from code, never from input. A period and the one before it are read in one statement:
 * each aggregate is taken twice, over the rows of either period ({@code filter (where ...)}, {@link Scope}).
 */
@Component
class StatisticsSql {
    private static final double SECONDS_PER_HOUR = 3600.0;

    /**
     * PostgreSQL: the time a request resolved by the CSS waited for its mayor to be informed, and the time one routed
     * waited for its municipality, as ranges {@code (from, until]} (open-ended while waiting; empty if the end was
     * recorded before the start), so that a backlog as of an instant is the ranges containing it, read from a GiST
     * index of these very expressions (V15).
     */
    static final String WAITING_FOR_MAYOR = "tstzrange(resolved_at, case when mayor_informed_at is null then null"
            + " else greatest(mayor_informed_at, resolved_at) end, '(]')";
    static final String WAITING_FOR_MUNICIPALITY = "tstzrange(routed_at, case when routing_ended_at is null then null"
            + " else greatest(routing_ended_at, routed_at) end, '(]')";

    private final JdbcClient jdbc;
    /** Whether the backlogs are read as ranges containing an instant (PostgreSQL), or as two comparisons. */
    private final boolean ranges;

    @Autowired
    StatisticsSql(DataSource dataSource) {
        this(dataSource, PostgreSql.isBehind(new JdbcTemplate(dataSource)));
    }

    StatisticsSql(DataSource dataSource, boolean ranges) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ranges = ranges;
    }

    /**
     * Received in each period, by every dimension (STATUS, AGENDA, KIND, CHANNEL) and path (PATH: CSS, ROUTED), from
     * the requests counted per day of receipt; the periods must be adjacent.
     */
    Compared<ReceivedGroups> received(String municipality, Compared<StatisticsPeriod> periods) {
        Scope current = Scope.current("received_day");
        Scope previous = Scope.previous("received_day");
        var groups = new Compared<>(new ReceivedGroups(), new ReceivedGroups());
        boundDays("select dimension, group_key, " + current.of("sum(requests)", "n") + ", "
                + previous.of("sum(requests)", "n") + " from statistics_received_day where municipality_code = :m"
                + " and received_day >= :previousStart and received_day < :currentEnd group by dimension, group_key",
                municipality, periods)
                .query(rs -> {
                    groups.current().add(rs.getString("dimension"), rs.getString("group_key"),
                            rs.getLong(current.column("n")));
                    groups.previous().add(rs.getString("dimension"), rs.getString("group_key"),
                            rs.getLong(previous.column("n")));
                });
        return groups;
    }

    /** Resolved by the CSS before {@code at}, the mayor not informed before it; oldest first. */
    List<NotInformedView> mayorNotInformed(String municipality, Instant at) {
        // two branches instead of "is null or >= :at", so that each has its index (the first a partial one on
        // PostgreSQL, V11): the backlog is read without reading the municipality's whole history
        String columns = "select registration_number, agenda_code, resolved_at from statistics_request_fact"
                + " where municipality_code = :m and resolver = 'CSS'";
        String backlog = ranges ? columns + " and " + WAITING_FOR_MAYOR + " @> cast(:at as timestamp with time zone)"
                : columns + " and resolved_at < :at and mayor_informed_at is null union all " + columns
                        + " and resolved_at < :at and mayor_informed_at >= :at";
        return jdbc.sql(backlog + " order by resolved_at, registration_number")
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
        String routed = "select routed_at from statistics_request_fact where municipality_code = :m";
        String backlog = ranges ? routed + " and routed_at is not null and " + WAITING_FOR_MUNICIPALITY
                + " @> cast(:at as timestamp with time zone)" : routed + " and routed_at < :at and routing_ended_at is null"
                + " union all " + routed + " and routed_at < :at and routing_ended_at >= :at";
        return jdbc.sql(backlog)
                .param("m", municipality).param("at", Interval.sql(at))
                .query((rs, row) -> instant(rs, "routed_at"))
                .list();
    }

    /** Seconds from receipt to resolution of the requests resolved in each period, from their histograms. */
    Compared<DurationSummary> resolutionTimes(String municipality, Compared<StatisticsPeriod> periods) {
        return durations(Tally.RESOLUTION, municipality, periods);
    }

    /** Seconds from the CSS's resolution to informing the mayor, of the mayors informed in each period. */
    Compared<DurationSummary> informMayorTimes(String municipality, Compared<StatisticsPeriod> periods) {
        return durations(Tally.INFORM_MAYOR, municipality, periods);
    }

    /** Surveys offered in each period, with their answers whenever they came, from their counts per step. */
    Compared<SurveyCounts> surveys(String municipality, Compared<StatisticsPeriod> periods) {
        Scope current = Scope.current("step_start");
        Scope previous = Scope.previous("step_start");
        var cover = new Cover(periods);
        return cover.bind(boundDays("select " + surveySums(current) + ", " + surveySums(previous)
                        + " from statistics_survey_step where municipality_code = :m and " + cover.sql(), municipality,
                periods))
                .query((rs, row) -> new Compared<>(surveyCounts(rs, current), surveyCounts(rs, previous)))
                .single();
    }

    /**
     * The histogram of the measure's durations in each period, read from the whole months, weeks and days that
     * make up the periods ({@link CalendarCover}), summed by bucket.
     */
    private Compared<DurationSummary> durations(String measure, String municipality,
            Compared<StatisticsPeriod> periods) {
        Scope current = Scope.current("step_start");
        Scope previous = Scope.previous("step_start");
        var cover = new Cover(periods);
        var bins = new Compared<List<DurationHistogram.Bin>>(new ArrayList<>(), new ArrayList<>());
        cover.bind(boundDays("select bucket, " + current.of("sum(durations)", "n") + ", "
                        + current.of("sum(seconds_sum)", "s") + ", " + previous.of("sum(durations)", "n") + ", "
                        + previous.of("sum(seconds_sum)", "s") + " from statistics_duration_step where measure = :measure"
                        + " and municipality_code = :m and resolver = '" + Tally.ALL + "' and " + cover.sql()
                        + " group by bucket order by bucket", municipality, periods).param("measure", measure))
                .query(rs -> {
                    int bucket = rs.getInt("bucket");
                    bins.current().add(new DurationHistogram.Bin(bucket, rs.getLong(current.column("n")),
                            rs.getLong(current.column("s"))));
                    bins.previous().add(new DurationHistogram.Bin(bucket, rs.getLong(previous.column("n")),
                            rs.getLong(previous.column("s"))));
                });
        return new Compared<>(DurationHistogram.summary(bins.current()), DurationHistogram.summary(bins.previous()));
    }

    /**
     * Survey counts per calendar step of the offer, for the filter; steps without offers have none. From the counts
     * per step, or from the facts when the filter names an agenda, kind or channel (the counts are not kept by them).
     */
    Map<LocalDate, SurveyCounts> surveysByStep(TrendGranularity granularity, TrendFilter filter,
            StatisticsPeriod steps) {
        var counts = new TreeMap<LocalDate, SurveyCounts>();
        if (byFacts(filter)) {
            String step = stepColumn("offered", granularity);
            var where = new Where(filter, "offered_at", Interval.of(steps));
            where.bind(jdbc.sql("select " + step + " as step, " + surveyFigures(Scope.ALL)
                            + " from statistics_survey_fact" + where.sql() + " group by " + step))
                    .query((rs, row) -> counts.put(rs.getObject("step", LocalDate.class), surveyCounts(rs, Scope.ALL)))
                    .list();
        } else {
            stepsOf(jdbc.sql("select step_start, " + surveySums(Scope.ALL) + " from statistics_survey_step where"
                            + " granularity = :granularity and step_start >= :first and step_start <= :last"
                            + (filter.municipalityCode() == null ? "" : " and municipality_code = :m")
                            + (filter.resolver() == null ? "" : " and resolver = :resolver") + " group by step_start"),
                    granularity, filter, steps)
                    .query((rs, row) -> counts.put(rs.getObject("step_start", LocalDate.class),
                            surveyCounts(rs, Scope.ALL)))
                    .list();
        }
        return counts;
    }

    /**
     * Seconds from receipt to resolution per calendar step of the resolution, for the filter; steps without
     * resolutions have none. From the histograms per step (of the municipality or all, the resolver or both), or,
     * when the filter names an agenda, kind or channel, exactly from the facts by {@code percentile_cont}: their
     * rows are chosen twice over, by the time of resolution and by its step (the same rows, as the steps are
     * whole), which PostgreSQL reads in step order from the index of the steps (V12).
     */
    Map<LocalDate, DurationSummary> resolutionTimesByStep(TrendGranularity granularity, TrendFilter filter,
            StatisticsPeriod steps) {
        var durations = new TreeMap<LocalDate, DurationSummary>();
        if (byFacts(filter)) {
            String step = stepColumn("resolved", granularity);
            var where = new Where(filter, "resolved_at", Interval.of(steps)).inSteps(step, steps);
            where.bind(jdbc.sql("select " + step + " as step, " + durationFigures("resolution_seconds", Scope.ALL)
                            + " from statistics_request_fact" + where.sql() + " group by " + step))
                    .query((rs, row) -> durations.put(rs.getObject("step", LocalDate.class),
                            durationSummary(rs, Scope.ALL)))
                    .list();
            return durations;
        }
        var bins = new TreeMap<LocalDate, List<DurationHistogram.Bin>>();
        stepsOf(jdbc.sql("select step_start, bucket, durations, seconds_sum from statistics_duration_step"
                        + " where measure = '" + Tally.RESOLUTION + "' and municipality_code = :m"
                        + " and granularity = :granularity and step_start >= :first and step_start <= :last"
                        + " and resolver = :resolver order by step_start, bucket"), granularity, filter, steps)
                .query(rs -> {
                    bins.computeIfAbsent(rs.getObject("step_start", LocalDate.class), step -> new ArrayList<>())
                            .add(new DurationHistogram.Bin(rs.getInt("bucket"), rs.getLong("durations"),
                                    rs.getLong("seconds_sum")));
                });
        bins.forEach((step, histogram) -> durations.put(step, DurationHistogram.summary(histogram)));
        return durations;
    }

    /** Whether the trend filters by what the aggregates are not kept by. */
    private static boolean byFacts(TrendFilter filter) {
        return filter.agendaCode() != null || filter.kind() != null || filter.channel() != null;
    }

    /** The trend's steps and filter bound; no municipality or resolver is all of them ({@link Tally#ALL}). */
    private static JdbcClient.StatementSpec stepsOf(JdbcClient.StatementSpec statement, TrendGranularity granularity,
            TrendFilter filter, StatisticsPeriod steps) {
        return statement.param("granularity", granularity.name()).param("first", steps.from())
                .param("last", steps.to())
                .param("m", filter.municipalityCode() == null ? Tally.ALL : filter.municipalityCode())
                .param("resolver", filter.resolver() == null ? Tally.ALL : filter.resolver());
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

    /** The two periods' days bound: previous start, current start, current end (excluded); adjacent. */
    private JdbcClient.StatementSpec boundDays(String sql, String municipality, Compared<StatisticsPeriod> periods) {
        if (!periods.previous().to().plusDays(1).equals(periods.current().from())) {
            throw new IllegalArgumentException("The previous period must end the day before the current one starts: "
                    + periods);
        }
        return jdbc.sql(sql).param("m", municipality)
                .param("previousStart", periods.previous().from())
                .param("currentStart", periods.current().from())
                .param("currentEnd", periods.current().to().plusDays(1));
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

    /** The sums of the counts per step. */
    private static String surveySums(Scope scope) {
        return scope.of("sum(offered)", "offered") + ", " + scope.of("sum(responses)", "responses") + ", "
                + scope.of("sum(score_sum)", "score_sum") + ", " + scope.of("sum(resolved_yes)", "resolved_yes");
    }

    private static SurveyCounts surveyCounts(ResultSet rs, Scope scope) throws SQLException {
        return new SurveyCounts(rs.getLong(scope.column("offered")), rs.getLong(scope.column("responses")),
                rs.getLong(scope.column("score_sum")), rs.getLong(scope.column("resolved_yes")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
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

    /** The steps that make up two periods ({@link CalendarCover}) as a condition on the granularity and step. */
    private static final class Cover {
        private final Map<Granularity, List<LocalDate>> steps = new java.util.EnumMap<>(Granularity.class);

        Cover(Compared<StatisticsPeriod> periods) {
            for (StatisticsPeriod period : List.of(periods.previous(), periods.current())) {
                CalendarCover.of(period).steps().forEach((granularity, starts) -> steps
                        .computeIfAbsent(granularity, g -> new ArrayList<>()).addAll(starts));
            }
        }

        String sql() {
            return "(" + String.join(" or ", steps.keySet().stream().map(granularity -> "(granularity = '"
                    + granularity.name() + "' and step_start in (:" + parameter(granularity) + "))").toList()) + ")";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            steps.forEach((granularity, starts) -> statement.param(parameter(granularity), starts));
            return statement;
        }

        private static String parameter(Granularity granularity) {
            return "steps" + granularity.name();
        }
    }
}
