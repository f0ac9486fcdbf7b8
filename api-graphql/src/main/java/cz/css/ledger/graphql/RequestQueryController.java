package cz.css.ledger.graphql;

import cz.css.ledger.graphql.Inputs.QueueFilterInput;
import cz.css.ledger.query.api.FindQueueQuery;
import cz.css.ledger.query.api.FindRequestByNumberQuery;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.FindTimelineQuery;
import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.QueuePage;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.TimelineEntryView;
import cz.css.ledger.query.api.WatchQueueQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The staff queue, one request, its timeline and the live feed of queue changes. */
@Controller
class RequestQueryController {
    static final int MAX_PAGE_SIZE = 100;

    private final QueryGateway queries;

    RequestQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    CompletableFuture<RequestConnection> requests(@Argument QueueFilterInput filter, @Argument Integer first,
            @Argument String after) {
        int pageSize = PageSize.of(first, MAX_PAGE_SIZE);
        return queries.query(new FindQueueQuery(toFilter(filter), pageSize, after), QueuePage.class)
                .thenApply(RequestConnection::of);
    }

    @QueryMapping
    CompletableFuture<RequestView> request(@Argument String id) {
        return queries.query(new FindRequestQuery(id), RequestView.class);
    }

    @QueryMapping
    CompletableFuture<RequestView> requestByNumber(@Argument String registrationNumber) {
        return queries.query(new FindRequestByNumberQuery(registrationNumber.strip()), RequestView.class);
    }

    @SchemaMapping(typeName = "Request", field = "id")
    String id(RequestView request) {
        return request.requestId();
    }

    @SchemaMapping(typeName = "Request")
    CompletableFuture<List<TimelineEntryView>> timeline(RequestView request) {
        return queries.query(new FindTimelineQuery(request.requestId()),
                ResponseTypes.multipleInstancesOf(TimelineEntryView.class));
    }

    @SubscriptionMapping
    Flux<RequestView> queueChanges() {
        var subscription = queries.subscriptionQuery(new WatchQueueQuery(),
                ResponseTypes.multipleInstancesOf(RequestView.class), ResponseTypes.instanceOf(RequestView.class));
        return subscription.updates().doFinally(signal -> subscription.close());
    }

    private static QueueFilter toFilter(QueueFilterInput input) {
        if (input == null) {
            return QueueFilter.none();
        }
        return new QueueFilter(input.statuses(), input.municipalityCode(), input.agendaCode(), input.kind(),
                input.assignee(), input.urgency(), input.text());
    }

    record RequestConnection(List<RequestEdge> edges, PageInfo pageInfo, long totalCount) {
        static RequestConnection of(QueuePage page) {
            var edges = page.items().stream().map(view -> new RequestEdge(page.cursorOf(view), view)).toList();
            return new RequestConnection(edges, new PageInfo(page.hasNextPage(), page.endCursor()), page.totalCount());
        }
    }

    record RequestEdge(String cursor, RequestView node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
