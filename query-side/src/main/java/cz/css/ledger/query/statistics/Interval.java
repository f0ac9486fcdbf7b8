package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.StatisticsPeriod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants from {@code start} (included) to {@code end} (excluded), bound as SQL timestamps with time zone. */
record Interval(Instant start, Instant end) {

    static Interval of(StatisticsPeriod period) {
        return new Interval(period.start(), period.end());
    }

    OffsetDateTime sqlStart() {
        return sql(start);
    }

    OffsetDateTime sqlEnd() {
        return sql(end);
    }

    static OffsetDateTime sql(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
