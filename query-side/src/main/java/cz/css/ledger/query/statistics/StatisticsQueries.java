package cz.css.ledger.query.statistics;

import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.FindRequestLifecyclesQuery;
import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.FindSurveyQuery;
import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.SurveyView;
import cz.css.ledger.query.api.TrendsView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Answers the statistics queries from the facts. */
@Component
class StatisticsQueries {
    private final StatisticsSql sql;
    private final SurveyFacts surveys;
    private final MayorStatistics mayorStatistics;
    private final SatisfactionTrends trends;

    StatisticsQueries(StatisticsSql sql, SurveyFacts surveys,
            @Value("${ledger.statistics.minimum-answers:5}") int minimumAnswers) {
        if (minimumAnswers < 1) {
            throw new IllegalArgumentException("ledger.statistics.minimum-answers must be at least 1, not "
                    + minimumAnswers);
        }
        this.sql = sql;
        this.surveys = surveys;
        this.mayorStatistics = new MayorStatistics(sql, minimumAnswers);
        this.trends = new SatisfactionTrends(sql, minimumAnswers);
    }

    @QueryHandler
    MayorStatisticsView handle(FindMayorStatisticsQuery query) {
        return mayorStatistics.of(query);
    }

    @QueryHandler
    TrendsView handle(FindSatisfactionTrendsQuery query) {
        return trends.of(query);
    }

    @QueryHandler
    List<RequestLifecycleView> handle(FindRequestLifecyclesQuery query) {
        return sql.lifecycles(query.municipalityCode(), Interval.of(query.period()));
    }

    @QueryHandler
    SurveyView handle(FindSurveyQuery query) {
        return surveys.findFirstByRequestIdOrderByOfferedAtDesc(query.requestId()).map(SurveyFact::view).orElse(null);
    }
}
