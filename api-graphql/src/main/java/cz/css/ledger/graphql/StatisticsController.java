package cz.css.ledger.graphql;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import cz.css.ledger.query.api.TrendsView;
import cz.css.ledger.security.LedgerUser;
import cz.css.ledger.security.StatisticsAccess;
import java.security.Principal;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The mayor's statistics and the analysts' trends: aggregates only, never personal data. A mayor
 * sees their own municipality only; asking for another is refused (FORBIDDEN), not answered empty.
 */
@Controller
@PreAuthorize(StatisticsAccess.READERS)
class StatisticsController {
    private final QueryGateway queries;
    private final Clock clock;

    StatisticsController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @QueryMapping
    CompletableFuture<MayorStatisticsView> mayorStatistics(@Argument String municipalityCode, @Argument String from,
            @Argument String to, Principal principal) {
        String municipality = StatisticsAccess.municipality(municipalityCode, LedgerUser.of(principal));
        return queries.query(new FindMayorStatisticsQuery(municipality, period(from, to), clock.instant()),
                MayorStatisticsView.class);
    }

    @QueryMapping
    CompletableFuture<TrendsView> satisfactionTrends(@Argument TrendGranularity granularity, @Argument String from,
            @Argument String to, @Argument TrendFilterInput filter, Principal principal) {
        var asked = filter == null ? new TrendFilterInput(null, null, null, null, null) : filter;
        var scoped = new TrendFilter(StatisticsAccess.municipalityOrAll(asked.municipalityCode(),
                LedgerUser.of(principal)), asked.agendaCode(), asked.kind(), asked.channel(), asked.resolver());
        return queries.query(new FindSatisfactionTrendsQuery(granularity, period(from, to), scoped), TrendsView.class);
    }

    private StatisticsPeriod period(String from, String to) {
        return new StatisticsPeriod(Times.dayOrToday(from, "first day of the period", clock),
                Times.dayOrToday(to, "last day of the period", clock));
    }

    record TrendFilterInput(String municipalityCode, String agendaCode, RequestKind kind, Channel channel,
            String resolver) {
    }
}
