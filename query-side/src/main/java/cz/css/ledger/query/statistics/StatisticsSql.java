package cz.css.ledger.query.statistics;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.query.api.MayorStatisticsView.NotInformedView;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the statistics: counts and sums grouped in the database, durations fetched sorted for
 * percentiles in Java. Plain SQL that PostgreSQL and H2 run alike; column names come from code, never
 * from input.
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

    private final JdbcClient jdbc;

    StatisticsSql(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Map<String, Long> receivedBy(Dimension dimension, String municipality, Interval interval) {
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select " + dimension.column + " as grp, count(*) as n from statistics_request_fact"
                        + " where municipality_code = :m and received_at >= :start and received_at < :end"
                        + " group by " + dimension.column)
                .param("m", municipality).param("start", interval.sqlStart()).param("end", interval.sqlEnd())
                .query((rs, row) -> counts.put(rs.getString("grp"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Received in the interval: all, resolved by the CSS, routed to the municipality. */
    long[] receivedResolvedRouted(String municipality, Interval interval) {
        return jdbc.sql("select count(*) as received,"
                        + " sum(case when resolver = 'CSS' then 1 else 0 end) as css,"
                        + " sum(case when routed_at is not null then 1 else 0 end) as routed"
                        + " from statistics_request_fact"
                        + " where municipality_code = :m and received_at >= :start and received_at < :end")
                .param("m", municipality).param("start", interval.sqlStart()).param("end", interval.sqlEnd())
                .query((rs, row) -> new long[] {rs.getLong("received"), rs.getLong("css"), rs.getLong("routed")})
                .single();
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

    List<Long> resolutionSeconds(String municipality, Interval interval) {
        return seconds("resolution_seconds", "resolved_at", municipality, interval);
    }

    List<Long> informMayorSeconds(String municipality, Interval interval) {
        return seconds("inform_mayor_seconds", "mayor_informed_at", municipality, interval);
    }

    private List<Long> seconds(String column, String timeColumn, String municipality, Interval interval) {
        return jdbc.sql("select " + column + " as s from statistics_request_fact where municipality_code = :m"
                        + " and " + timeColumn + " >= :start and " + timeColumn + " < :end and " + column
                        + " is not null order by " + column)
                .param("m", municipality).param("start", interval.sqlStart()).param("end", interval.sqlEnd())
                .query((rs, row) -> rs.getLong("s"))
                .list();
    }

    SurveyCounts surveys(String municipality, Interval interval) {
        return jdbc.sql("select " + SURVEY_COUNTS + " from statistics_survey_fact"
                        + " where municipality_code = :m and offered_at >= :start and offered_at < :end")
                .param("m", municipality).param("start", interval.sqlStart()).param("end", interval.sqlEnd())
                .query((rs, row) -> surveyCounts(rs))
                .single();
    }

    private static final String SURVEY_COUNTS = "count(*) as offered, count(score) as responses,"
            + " coalesce(sum(score), 0) as score_sum,"
            + " sum(case when resolved_answer = 'YES' then 1 else 0 end) as resolved_yes";

    /** Survey counts per calendar step of the offer, for the filter. */
    Map<LocalDate, SurveyCounts> surveysByStep(TrendGranularity granularity, TrendFilter filter, Interval interval) {
        String step = "offered_" + granularity.name().toLowerCase(java.util.Locale.ROOT);
        var where = new Where(filter, interval, "offered_at");
        var counts = new TreeMap<LocalDate, SurveyCounts>();
        where.bind(jdbc.sql("select " + step + " as step, " + SURVEY_COUNTS + " from statistics_survey_fact"
                        + where.sql() + " group by " + step))
                .query((rs, row) -> counts.put(rs.getObject("step", LocalDate.class), surveyCounts(rs)))
                .list();
        return counts;
    }

    /** Seconds from receipt to resolution per calendar step of the resolution, ascending, for the filter. */
    Map<LocalDate, List<Long>> resolutionSecondsByStep(TrendGranularity granularity, TrendFilter filter,
            Interval interval) {
        String step = "resolved_" + granularity.name().toLowerCase(java.util.Locale.ROOT);
        var where = new Where(filter, interval, "resolved_at");
        var seconds = new TreeMap<LocalDate, List<Long>>();
        where.bind(jdbc.sql("select " + step + " as step, resolution_seconds as s from statistics_request_fact"
                        + where.sql() + " order by " + step + ", resolution_seconds"))
                .query((rs, row) -> seconds.computeIfAbsent(rs.getObject("step", LocalDate.class),
                        key -> new ArrayList<>()).add(rs.getLong("s")))
                .list();
        return seconds;
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

    private static SurveyCounts surveyCounts(ResultSet rs) throws SQLException {
        return new SurveyCounts(rs.getLong("offered"), rs.getLong("responses"), rs.getLong("score_sum"),
                rs.getLong("resolved_yes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The trend filter and interval as a where clause with named parameters. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where(TrendFilter filter, Interval interval, String timeColumn) {
            sql.append(" where ").append(timeColumn).append(" >= :start and ").append(timeColumn).append(" < :end");
            params.put("start", interval.sqlStart());
            params.put("end", interval.sqlEnd());
            add("municipality_code", filter.municipalityCode());
            add("agenda_code", filter.agendaCode());
            add("kind", filter.kind() == null ? null : filter.kind().name());
            add("channel", filter.channel() == null ? null : filter.channel().name());
            add("resolver", filter.resolver());
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
