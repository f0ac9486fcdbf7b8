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
import cz.css.ledger.query.statistics.ReceivedGroups.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

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
        var periods = new Compared<>(period, previousPeriod);
        Instant asOf = earlier(period.end(), query.now());
        Instant previousAsOf = earlier(previousPeriod.end(), query.now());

        Compared<ReceivedGroups> groups = sql.received(m, periods);
        var received = new Compared<>(groups.current().counts(), groups.previous().counts());
        var notInformed = sql.mayorNotInformed(m, asOf);
        var previousNotInformed = sql.mayorNotInformed(m, previousAsOf);
        var waiting = sql.waitingOnMunicipalitySince(m, asOf);
        var previousWaiting = sql.waitingOnMunicipalitySince(m, previousAsOf);

        return new MayorStatisticsView(m, period, previousPeriod, asOf, previousAsOf,
                count(received, ReceivedCounts::received),
                enumGroups(by(groups, Dimension.STATUS), RequestStatus.values()),
                agendaGroups(by(groups, Dimension.AGENDA)),
                enumGroups(by(groups, Dimension.KIND), RequestKind.values()),
                enumGroups(by(groups, Dimension.CHANNEL), Channel.values()),
                count(received, ReceivedCounts::resolvedByCss),
                count(received, ReceivedCounts::routed),
                CountFigure.of(notInformed.size(), previousNotInformed.size()),
                notInformed,
                CountFigure.of(waiting.size(), previousWaiting.size()),
                ageBuckets(waiting, asOf, previousWaiting, previousAsOf),
                durations(sql.resolutionTimes(m, periods)),
                durations(sql.informMayorTimes(m, periods)),
                satisfaction(sql.surveys(m, periods)));
    }

    private static Compared<Map<String, Long>> by(Compared<ReceivedGroups> groups, Dimension dimension) {
        return new Compared<>(groups.current().by(dimension), groups.previous().by(dimension));
    }

    private static CountFigure count(Compared<ReceivedCounts> received, ToLongFunction<ReceivedCounts> figure) {
        return CountFigure.of(figure.applyAsLong(received.current()), figure.applyAsLong(received.previous()));
    }

    /** Every value of the enum, those without requests too. */
    private static List<GroupFigure> enumGroups(Compared<Map<String, Long>> counts, Enum<?>[] values) {
        return groups(Arrays.stream(values).map(Enum::name).toList(), counts);
    }

    /** The agendas with requests in either period, by code. */
    private static List<GroupFigure> agendaGroups(Compared<Map<String, Long>> counts) {
        var agendas = new TreeSet<>(counts.current().keySet());
        agendas.addAll(counts.previous().keySet());
        return groups(new ArrayList<>(agendas), counts);
    }

    private static List<GroupFigure> groups(List<String> keys, Compared<Map<String, Long>> counts) {
        return keys.stream()
                .map(key -> GroupFigure.of(key, counts.current().getOrDefault(key, 0L),
                        counts.previous().getOrDefault(key, 0L)))
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

    private static DurationFigures durations(Compared<DurationSummary> durations) {
        DurationSummary current = durations.current();
        DurationSummary previous = durations.previous();
        return new DurationFigures(CountFigure.of(current.count(), previous.count()),
                DecimalFigure.of(current.medianHours(), previous.medianHours()),
                DecimalFigure.of(current.p90Hours(), previous.p90Hours()));
    }

    private SatisfactionFigures satisfaction(Compared<SurveyCounts> surveys) {
        SurveyCounts current = surveys.current();
        SurveyCounts previous = surveys.previous();
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
