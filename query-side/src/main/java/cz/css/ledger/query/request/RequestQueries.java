package cz.css.ledger.query.request;

import cz.css.ledger.query.api.FindRequestByNumberQuery;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.FindTimelineQuery;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.TimelineEntryView;
import cz.css.ledger.query.api.WatchQueueQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the queries about one request: its detail, found by id or number, and its timeline. */
@Component
class RequestQueries {
    private final RequestRows requests;
    private final TimelineRows timeline;
    private final RequestViews views;

    RequestQueries(RequestRows requests, TimelineRows timeline, RequestViews views) {
        this.requests = requests;
        this.timeline = timeline;
        this.views = views;
    }

    @QueryHandler
    RequestView handle(FindRequestQuery query) {
        return Optional.ofNullable(query.requestId()).flatMap(requests::findById).map(views::of).orElse(null);
    }

    @QueryHandler
    RequestView handle(FindRequestByNumberQuery query) {
        return Optional.ofNullable(query.registrationNumber())
                .flatMap(number -> requests.findByRegistrationNumber(number.strip().toUpperCase(Locale.ROOT)))
                .map(views::of)
                .orElse(null);
    }

    @QueryHandler
    List<TimelineEntryView> handle(FindTimelineQuery query) {
        return timeline.findByIdRequestIdOrderByIdSequence(query.requestId()).stream().map(TimelineRow::view).toList();
    }

    /** The initial answer of the queue subscription is empty; the projection emits each changed request. */
    @QueryHandler
    List<RequestView> handle(WatchQueueQuery query) {
        return List.of();
    }
}
