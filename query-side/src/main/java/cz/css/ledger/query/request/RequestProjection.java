package cz.css.ledger.query.request;

import cz.css.ledger.api.CitizenNotifiedEvent;
import cz.css.ledger.api.PersonalDataErasedEvent;
import cz.css.ledger.api.InternalNoteAddedEvent;
import cz.css.ledger.api.MayorInformedEvent;
import cz.css.ledger.api.MunicipalityResolvedRequestEvent;
import cz.css.ledger.api.RequestAssignedEvent;
import cz.css.ledger.api.RequestClosedEvent;
import cz.css.ledger.api.RequestDeclinedEvent;
import cz.css.ledger.api.RequestEvent;
import cz.css.ledger.api.RequestReclassifiedEvent;
import cz.css.ledger.api.RequestRegisteredEvent;
import cz.css.ledger.api.RequestReopenedEvent;
import cz.css.ledger.api.RequestResolvedByCssEvent;
import cz.css.ledger.api.RequestReturnedToCssEvent;
import cz.css.ledger.api.RequestRoutedToMunicipalityEvent;
import cz.css.ledger.api.RequestStatus;
import cz.css.ledger.api.RequestWithdrawnEvent;
import cz.css.ledger.api.SatisfactionRecordedEvent;
import cz.css.ledger.api.SatisfactionSurveyOfferedEvent;
import cz.css.ledger.api.SupportingDocumentsPreparedEvent;
import cz.css.ledger.api.SurveyRespondent;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.WatchQueueQuery;
import cz.css.ledger.query.projection.BatchInserts;
import cz.css.ledger.query.projection.BatchRows;
import cz.css.ledger.query.projection.ManagedRows;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Keeps the request read model and timeline and tells subscribers about each change. Idempotent:
 * an event whose sequence number the row has already reached is skipped, and its timeline entry,
 * written in the same transaction as the row's change (by one JDBC batch of inserts before the batch's
 * commit), with it. Timeline summaries leave out free text, which may hold personal data.
 */
@Component
@ProcessingGroup("requests")
class RequestProjection {
    private static final String CHANGED_ROWS = RequestProjection.class.getName() + ".changedRows";

    private final RequestRows requests;
    private final ManagedRows managedRows;
    private final BatchRows<RequestRow> batchRows;
    private final TimelineRows timeline;
    private final BatchInserts timelineEntries;
    private final RequestViews views;
    private final QueryUpdateEmitter emitter;

    RequestProjection(RequestRows requests, ManagedRows managedRows, TimelineRows timeline, DataSource dataSource,
            RequestViews views, QueryUpdateEmitter emitter) {
        this.requests = requests;
        this.managedRows = managedRows;
        this.batchRows = new BatchRows<>(ids -> requests.findAllById(ids).stream()
                .collect(Collectors.toMap(RequestRow::requestId, Function.identity())));
        this.timeline = timeline;
        this.timelineEntries = new BatchInserts(dataSource, TimelineRow.INSERT);
        this.views = views;
        this.emitter = emitter;
    }

    @EventHandler
    void on(RequestRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        if (batchRows.find(e.requestId()).isEmpty()) {
            record(e, sequence, at, metaData, "Registered as " + e.registrationNumber() + " (" + words(e.kind())
                    + ", channel " + words(e.channel()) + ", urgency " + words(e.urgency()) + ") for municipality "
                    + e.municipality() + ", agenda " + e.agenda());
            RequestRow row = requests.save(new RequestRow(e, sequence, at));
            batchRows.put(row.requestId(), row);
            publish(row);
        }
    }

    @EventHandler
    void on(RequestAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        String summary = e.previousAssignee() == null ? "Assigned to " + e.assignee()
                : "Reassigned from " + e.previousAssignee() + " to " + e.assignee();
        apply(e, sequence, at, metaData, summary, row -> row.assign(e.assignee()));
    }

    @EventHandler
    void on(InternalNoteAddedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Internal note added", row -> { });
    }

    @EventHandler
    void on(RequestReclassifiedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Reclassified to municipality " + e.municipality() + ", agenda "
                + e.agenda() + ", kind " + words(e.kind()) + "; respond by " + e.respondBy(),
                row -> row.reclassify(e));
    }

    @EventHandler
    void on(RequestResolvedByCssEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Resolved by the CSS; the mayor is to be informed",
                row -> row.resolve(RequestRow.CSS, e.resolution(), RequestStatus.RESOLVED_BY_CSS));
    }

    @EventHandler
    void on(MayorInformedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Mayor " + e.mayorName() + " informed by " + words(e.method()),
                RequestRow::informMayor);
    }

    @EventHandler
    void on(RequestRoutedToMunicipalityEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        apply(e, sequence, at, metaData, "Routed for resolution to " + e.recipient() + " of municipality "
                + e.municipality(), row -> row.route(e.recipient()));
    }

    @EventHandler
    void on(SupportingDocumentsPreparedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        apply(e, sequence, at, metaData, "Supporting documents prepared for the municipality", row -> { });
    }

    @EventHandler
    void on(MunicipalityResolvedRequestEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        apply(e, sequence, at, metaData, "Resolved by the municipality",
                row -> row.resolve(RequestRow.MUNICIPALITY, e.outcome(), RequestStatus.RESOLVED_BY_MUNICIPALITY));
    }

    @EventHandler
    void on(RequestReturnedToCssEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Returned to the CSS by the municipality", RequestRow::returnToCss);
    }

    @EventHandler
    void on(CitizenNotifiedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Citizen notified of the outcome via " + words(e.channel()),
                RequestRow::notifyCitizen);
    }

    @EventHandler
    void on(RequestClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Closed with outcome " + words(e.outcome()), row -> row.close(e.outcome()));
    }

    @EventHandler
    void on(RequestReopenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Reopened from " + words(e.reopenedFrom()) + "; received again",
                RequestRow::reopen);
    }

    @EventHandler
    void on(RequestWithdrawnEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Withdrawn by the citizen", RequestRow::withdraw);
    }

    @EventHandler
    void on(RequestDeclinedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Declined: agenda " + e.agenda()
                + " is not agreed for the municipality; the citizen was advised whom to turn to",
                row -> row.decline(e.referralAdvice()));
    }

    @EventHandler
    void on(SatisfactionSurveyOfferedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            MetaData metaData) {
        apply(e, sequence, at, metaData, "Satisfaction survey offered via " + words(e.channel())
                + " with a one-time code, answerable until " + e.answerBy(), row -> { });
    }

    /** The timeline says an answer arrived and who recorded it; the score and comment stay in the survey. */
    @EventHandler
    void on(SatisfactionRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Satisfaction survey answered ("
                + (e.answeredBy() == SurveyRespondent.STAFF_BY_PHONE
                        ? "taken by phone" : "by the citizen with the one-time code") + ")", row -> { });
    }

    @EventHandler
    void on(PersonalDataErasedEvent e, @SequenceNumber long sequence, @Timestamp Instant at, MetaData metaData) {
        apply(e, sequence, at, metaData, "Personal data erased", RequestRow::erasePersonalData);
    }

    @ResetHandler
    void reset() {
        timeline.deleteAllInBatch();
        requests.deleteAllInBatch();
    }

    private void apply(RequestEvent event, long sequence, Instant at, MetaData metaData, String summary,
            Consumer<RequestRow> change) {
        batchRows.find(event.requestId()).filter(row -> row.isBehind(sequence)).ifPresent(row -> {
            record(event, sequence, at, metaData, summary);
            change.accept(row);
            row.applied(sequence, at);
            publish(managedRows.save(row, requests::save));
        });
    }

    /** Called only with the row's change, so an event the row has already reached is not recorded again. */
    private void record(RequestEvent event, long sequence, Instant at, MetaData metaData, String summary) {
        timelineEntries.add(new TimelineRow(new TimelineKey(event.requestId(), sequence),
                event.getClass().getSimpleName(), at, text(metaData, "actor"), text(metaData, "actorRole"), summary)
                .columnValues());
    }

    /**
     * Tells subscribers once the batch is committed, each changed request once with its state after the batch,
     * building the views (one catalogue look-up for the batch) only when someone listens (a replay usually has
     * nobody). Asked after the commit, so a subscription opened meanwhile either is counted here or reads the
     * committed row in its initial result: no change is missed.
     */
    private void publish(RequestRow row) {
        if (CurrentUnitOfWork.isStarted()) {
            var unitOfWork = CurrentUnitOfWork.get().root();
            unitOfWork.<Map<String, RequestRow>>getOrComputeResource(CHANGED_ROWS, key -> {
                Map<String, RequestRow> changed = new LinkedHashMap<>();
                unitOfWork.afterCommit(committed -> emitIfListened(changed.values()));
                return changed;
            }).put(row.requestId(), row);
        } else {
            emitIfListened(List.of(row));
        }
    }

    private void emitIfListened(Collection<RequestRow> rows) {
        if (emitter.activeSubscriptions().isEmpty()) {
            return;
        }
        for (RequestView view : views.of(List.copyOf(rows))) {
            emitter.emit(FindRequestQuery.class, query -> view.requestId().equals(query.requestId()), view);
            emitter.emit(WatchQueueQuery.class, query -> true, view);
        }
    }

    private static String text(MetaData metaData, String key) {
        return metaData == null ? null : Objects.toString(metaData.get(key), null);
    }

    private static String words(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
