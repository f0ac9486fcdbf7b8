package cz.css.ledger.query.statistics;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.MayorStatisticsView.CountFigure;
import cz.css.ledger.query.api.MayorStatisticsView.DecimalFigure;
import cz.css.ledger.query.api.MayorStatisticsView.DurationFigures;
import cz.css.ledger.query.api.MayorStatisticsView.GroupFigure;
import cz.css.ledger.query.api.MayorStatisticsView.SatisfactionFigures;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.statistics.StatisticsSql.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Computes the mayor's statistics of one municipality for a period and the period before it. */
final class MayorStatistics {
    /** Age buckets of requests waiting on the municipality, in whole days: upper bounds, included. */
    static final List<AgeBucket> AGE_BUCKETS = List.of(new AgeBucket("0-7", 7), new AgeBucket("8-15", 15),
            new AgeBucket("16-30", 30), new AgeBucket("31-60", 60), new AgeBucket("over-60", Long.MAX_VALUE));

    record AgeBucket(String key, long maxDays) {
    }

    private final StatisticsSql sql;
    private final int minimumAnswers;

    MayorStatistics(StatisticsSql sql, int minimumAnswers) {
        this.sql = sql;
        this.minimumAnswers = minimumAnswers;
    }

    MayorStatisticsView of(FindMayorStatisticsQuery query) {
        String m = query.municipalityCode();
        StatisticsPeriod period = query.period();
        StatisticsPeriod previousPeriod = period.previous();
        Interval now = Interval.of(period);
        Interval before = Interval.of(previousPeriod);
        Instant asOf = earlier(now.end(), query.now());
        Instant previousAsOf = earlier(before.end(), query.now());

        long[] paths = sql.receivedResolvedRouted(m, now);
        long[] previousPaths = sql.receivedResolvedRouted(m, before);
        var notInformed = sql.mayorNotInformed(m, asOf);
        var previousNotInformed = sql.mayorNotInformed(m, previousAsOf);
        var waiting = sql.waitingOnMunicipalitySince(m, asOf);
        var previousWaiting = sql.waitingOnMunicipalitySince(m, previousAsOf);
        SurveyCounts surveys = sql.surveys(m, now);
        SurveyCounts previousSurveys = sql.surveys(m, before);

        return new MayorStatisticsView(m, period, previousPeriod, asOf, previousAsOf,
                CountFigure.of(paths[0], previousPaths[0]),
                enumGroups(Dimension.STATUS, RequestStatus.values(), m, now, before),
                agendaGroups(m, now, before),
                enumGroups(Dimension.KIND, RequestKind.values(), m, now, before),
                enumGroups(Dimension.CHANNEL, Channel.values(), m, now, before),
                CountFigure.of(paths[1], previousPaths[1]),
                CountFigure.of(paths[2], previousPaths[2]),
                CountFigure.of(notInformed.size(), previousNotInformed.size()),
                notInformed,
                CountFigure.of(waiting.size(), previousWaiting.size()),
                ageBuckets(waiting, asOf, previousWaiting, previousAsOf),
                durations(sql.resolutionSeconds(m, now), sql.resolutionSeconds(m, before)),
                durations(sql.informMayorSeconds(m, now), sql.informMayorSeconds(m, before)),
                satisfaction(surveys, previousSurveys));
    }

    private List<GroupFigure> enumGroups(Dimension dimension, Enum<?>[] values, String m, Interval now,
            Interval before) {
        return groups(Arrays.stream(values).map(Enum::name).toList(), sql.receivedBy(dimension, m, now),
                sql.receivedBy(dimension, m, before));
    }

    private List<GroupFigure> agendaGroups(String m, Interval now, Interval before) {
        Map<String, Long> current = sql.receivedBy(Dimension.AGENDA, m, now);
        Map<String, Long> previous = sql.receivedBy(Dimension.AGENDA, m, before);
        var agendas = new TreeSet<>(current.keySet());
        agendas.addAll(previous.keySet());
        return groups(new ArrayList<>(agendas), current, previous);
    }

    private static List<GroupFigure> groups(List<String> keys, Map<String, Long> current, Map<String, Long> previous) {
        return keys.stream()
                .map(key -> GroupFigure.of(key, current.getOrDefault(key, 0L), previous.getOrDefault(key, 0L)))
                .toList();
    }

    private static List<GroupFigure> ageBuckets(List<Instant> waiting, Instant asOf, List<Instant> previousWaiting,
            Instant previousAsOf) {
        return AGE_BUCKETS.stream()
                .map(bucket -> GroupFigure.of(bucket.key(), count(waiting, asOf, bucket),
                        count(previousWaiting, previousAsOf, bucket)))
                .toList();
    }

    private static long count(List<Instant> routedAt, Instant asOf, AgeBucket bucket) {
        return routedAt.stream().filter(routed -> bucketOf(Duration.between(routed, asOf).toDays()) == bucket).count();
    }

    static AgeBucket bucketOf(long ageDays) {
        return AGE_BUCKETS.stream().filter(bucket -> ageDays <= bucket.maxDays()).findFirst().orElseThrow();
    }

    private static DurationFigures durations(List<Long> current, List<Long> previous) {
        return new DurationFigures(CountFigure.of(current.size(), previous.size()),
                DecimalFigure.of(Percentiles.hours(current, 0.5), Percentiles.hours(previous, 0.5)),
                DecimalFigure.of(Percentiles.hours(current, 0.9), Percentiles.hours(previous, 0.9)));
    }

    private SatisfactionFigures satisfaction(SurveyCounts current, SurveyCounts previous) {
        return new SatisfactionFigures(
                CountFigure.of(current.offered(), previous.offered()),
                CountFigure.of(current.responses(), previous.responses()),
                DecimalFigure.of(current.responseRate(), previous.responseRate()),
                DecimalFigure.of(current.averageScore(minimumAnswers), previous.averageScore(minimumAnswers)),
                DecimalFigure.of(current.resolvedShare(minimumAnswers), previous.resolvedShare(minimumAnswers)),
                current.withheld(minimumAnswers), previous.withheld(minimumAnswers), minimumAnswers);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
