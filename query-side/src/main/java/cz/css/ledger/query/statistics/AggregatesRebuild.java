package cz.css.ledger.query.statistics;

import cz.css.ledger.query.projection.ReplayEnd;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the aggregates afresh from all the facts once a replay of the statistics projection has ended: one pass
 * over the facts and one batch of rows per table, instead of three or four row writes for each event replayed. The
 * end of a replay is the point where every segment of the processor, all of them run here, has caught up with the
 * store and reached the position the store had at the reset; checked each second, so a replay interrupted by a
 * crash is rebuilt when it ends after the restart. A rebuild of a projection not replaying is a no-op.
 */
@Component
public class AggregatesRebuild {
    /** The processing group whose replay ends with the rebuild. */
    public static final String PROCESSING_GROUP = RebuildOwed.STATISTICS;
    private static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(AggregatesRebuild.class);

    private final RebuildOwed owed;
    private final StatisticsAggregates aggregates;
    private final RequestFacts requests;
    private final SurveyFacts surveys;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    AggregatesRebuild(RebuildOwed owed, StatisticsAggregates aggregates, RequestFacts requests, SurveyFacts surveys,
            EntityManager entityManager, PlatformTransactionManager transactionManager,
            ObjectProvider<EventProcessingConfiguration> processing) {
        this.owed = owed;
        this.aggregates = aggregates;
        this.requests = requests;
        this.surveys = surveys;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.processing = processing;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void whenTheReplayHasEnded() {
        owed.refresh();
        if (owed.isOwed() && replayEnded()) {
            rebuild();
        }
    }

    /** Whether a rebuild is owed: the statistics are being replayed, and their aggregates are not yet counted. */
    public boolean isOwed() {
        return owed.isOwed();
    }

    /** Counts the aggregates afresh if a rebuild is owed; true if it did. */
    public boolean rebuild() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!owed.stillOwed()) {
                return false;
            }
            long started = System.nanoTime();
            Tally total = new Tally();
            Runnable forgetPage = status.isNewTransaction() ? entityManager::clear : () -> { };
            count(after -> requests.findTop5000ByRequestIdGreaterThanOrderByRequestId(after),
                    RequestFact::requestId, RequestFact::tally, total, forgetPage);
            count(after -> surveys.findTop5000BySurveyIdGreaterThanOrderBySurveyId(after),
                    SurveyFact::surveyId, SurveyFact::tally, total, forgetPage);
            long counted = System.nanoTime();
            aggregates.replaceWith(total);
            owed.settled();
            log.info("Statistics' aggregates counted afresh after the replay: facts read and counted in {} ms,"
                    + " aggregates written in {} ms", (counted - started) / 1_000_000,
                    (System.nanoTime() - counted) / 1_000_000);
            return true;
        }));
    }

    /**
     * Adds the tallies of all the facts, read a page at a time in the order of their ids; each page is forgotten
     * once counted (the persistence context cleared, when the rebuild runs in a transaction of its own).
     */
    private static <F> void count(Function<String, List<F>> pageAfter, Function<F, String> id,
            Function<F, Tally> tally, Tally total, Runnable forgetPage) {
        String after = "";
        List<F> page;
        do {
            page = pageAfter.apply(after);
            page.forEach(fact -> total.addAll(tally.apply(fact)));
            if (!page.isEmpty()) {
                after = id.apply(page.get(page.size() - 1));
            }
            forgetPage.run();
        } while (page.size() == PAGE);
    }

    private boolean replayEnded() {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        Optional<StreamingEventProcessor> processor = configuration == null ? Optional.empty()
                : configuration.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class);
        if (processor.isEmpty() || !processor.get().isRunning()) {
            return false;
        }
        return ReplayEnd.reached(processor.get().processingStatus().values());
    }
}
