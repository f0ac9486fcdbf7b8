package cz.css.ledger.query.statistics;

import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.PersonalDataErasedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.query.api.FindSurveyQuery;
import cz.css.ledger.query.projection.BatchRows;
import cz.css.ledger.query.projection.ManagedRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts the statistics count: one row per request, one per satisfaction survey, and what they add up to
 * (StatisticsAggregates), moved by each change of a fact in the same transaction.
 * Idempotent: an event whose sequence number a row has already reached is skipped, so a replay or a
 * re-delivery after a crash counts nothing twice. Steps without their own business time are dated
 * by their event's timestamp.
 */
@Component
@ProcessingGroup("statistics")
class StatisticsProjection {
    private final RequestFacts requests;
    private final SurveyFacts surveys;
    private final ManagedRows managedRows;
    private final BatchRows<RequestFact> batchFacts;
    /** The surveys of each request of the batch. */
    private final BatchRows<List<SurveyFact>> batchSurveys;
    private final StatisticsAggregates aggregates;
    private final RebuildOwed rebuildOwed;
    private final QueryUpdateEmitter emitter;

    StatisticsProjection(RequestFacts requests, SurveyFacts surveys, ManagedRows managedRows,
            StatisticsAggregates aggregates, RebuildOwed rebuildOwed, QueryUpdateEmitter emitter) {
        this.requests = requests;
        this.managedRows = managedRows;
        this.surveys = surveys;
        this.batchFacts = new BatchRows<>(ids -> requests.findAllById(ids).stream()
                .collect(Collectors.toMap(RequestFact::requestId, Function.identity())));
        this.batchSurveys = new BatchRows<>(ids -> surveys.findByRequestIdIn(ids).stream()
                .collect(Collectors.groupingBy(SurveyFact::requestId, Collectors.toCollection(ArrayList::new))));
        this.aggregates = aggregates;
        this.rebuildOwed = rebuildOwed;
        this.emitter = emitter;
    }

    @EventHandler
    void on(RequestRegisteredEvent e, @SequenceNumber long sequence) {
        if (batchFacts.find(e.requestId()).isEmpty()) {
            RequestFact fact = requests.save(new RequestFact(e, sequence));
            batchFacts.put(fact.requestId(), fact);
            aggregates.added(fact::tally);
        }
    }

    @EventHandler
    void on(RequestReclassifiedEvent e, @SequenceNumber long sequence) {
        change(e.requestId(), sequence, fact -> fact.reclassify(e));
    }

    @EventHandler
    void on(RequestResolvedByCssEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.resolve(RequestFact.CSS, at));
    }

    @EventHandler
    void on(MayorInformedEvent e, @SequenceNumber long sequence) {
        change(e.requestId(), sequence, fact -> fact.informMayor(e.informedAt()));
    }

    @EventHandler
    void on(RequestRoutedToMunicipalityEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.route(at));
    }

    @EventHandler
    void on(MunicipalityResolvedRequestEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.resolve(RequestFact.MUNICIPALITY, at));
    }

    @EventHandler
    void on(RequestReturnedToCssEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.returnToCss(at));
    }

    @EventHandler
    void on(CitizenNotifiedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.notifyCitizen(at));
    }

    @EventHandler
    void on(RequestClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.close(e.outcome(), at));
    }

    @EventHandler
    void on(RequestReopenedEvent e, @SequenceNumber long sequence) {
        change(e.requestId(), sequence, RequestFact::reopen);
    }

    @EventHandler
    void on(RequestWithdrawnEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.requestId(), sequence, fact -> fact.withdraw(at));
    }

    @EventHandler
    void on(RequestDeclinedEvent e, @SequenceNumber long sequence) {
        change(e.requestId(), sequence, RequestFact::decline);
    }

    @EventHandler
    void on(SatisfactionSurveyOfferedEvent e, @SequenceNumber long sequence) {
        batchFacts.find(e.requestId()).ifPresent(fact -> {
            List<SurveyFact> surveysOfRequest = surveysOf(e.requestId());
            if (surveysOfRequest.stream().noneMatch(survey -> survey.surveyId().equals(e.surveyId()))) {
                SurveyFact survey = surveys.save(fact.survey(e.surveyId()).offered(e, sequence));
                surveysOfRequest.add(survey);
                aggregates.added(survey::tally);
                publish(survey);
            }
            if (fact.isBehind(sequence)) {
                fact.offerSurvey(e.offeredAt());
                fact.applied(sequence);
                managedRows.save(fact, requests::save);
            }
        });
    }

    @EventHandler
    void on(SatisfactionRecordedEvent e, @SequenceNumber long sequence) {
        surveysOf(e.requestId()).stream().filter(survey -> survey.surveyId().equals(e.surveyId()))
                .filter(survey -> survey.isBehind(sequence)).findFirst().ifPresent(survey -> {
            aggregates.changing(survey::tally, () -> survey.answer(e, sequence));
            publish(managedRows.save(survey, surveys::save));
        });
        change(e.requestId(), sequence, fact -> fact.answerSurvey(e.answeredAt()));
    }

    /** The comments of the request's surveys are personal data: they go, the scores stay. */
    @EventHandler
    void on(PersonalDataErasedEvent e, @SequenceNumber long sequence) {
        surveysOf(e.requestId()).stream().filter(survey -> survey.isBehind(sequence)).forEach(survey -> {
            survey.eraseComment(sequence);
            publish(managedRows.save(survey, surveys::save));
        });
    }

    /** The replay begins: the facts are made again event by event, the aggregates counted once at its end. */
    @ResetHandler
    void reset() {
        rebuildOwed.request();
        aggregates.reset();
        surveys.deleteAllInBatch();
        requests.deleteAllInBatch();
    }

    /** The request's surveys in this batch, to which the batch adds those it makes. */
    private List<SurveyFact> surveysOf(String requestId) {
        return batchSurveys.find(requestId).orElseGet(() -> {
            List<SurveyFact> none = new ArrayList<>();
            batchSurveys.put(requestId, none);
            return none;
        });
    }

    private void change(String requestId, long sequence, Consumer<RequestFact> change) {
        batchFacts.find(requestId).filter(fact -> fact.isBehind(sequence)).ifPresent(fact -> {
            aggregates.changing(fact::tally, () -> {
                change.accept(fact);
                fact.applied(sequence);
            });
            managedRows.save(fact, requests::save);
        });
    }

    private void publish(SurveyFact survey) {
        var view = survey.view();
        emitter.emit(FindSurveyQuery.class, query -> view.requestId().equals(query.requestId()), view);
    }
}
