package cz.css.ledger.graphql;

import cz.css.ledger.api.RecordPersonalDataAccessCommand;
import cz.css.ledger.graphql.Inputs.QueueFilterInput;
import cz.css.ledger.query.api.CitizenView;
import cz.css.ledger.query.api.FindQueueQuery;
import cz.css.ledger.query.api.FindRequestByNumberQuery;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.FindTimelineQuery;
import cz.css.ledger.query.api.QueueCount;
import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.QueuePage;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.TimelineEntryView;
import cz.css.ledger.query.api.WatchQueueQuery;
import cz.css.ledger.security.LedgerUser;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * The staff queue, one request, its timeline and the live feed of queue changes. Personal fields
 * (citizen, description) are readable by staff, supervisors and auditors only.
 */
@Controller
class RequestQueryController {
    static final int MAX_PAGE_SIZE = 100;
    /** Who may read requests: CSS staff, supervisors, auditors, and mayors for their own municipality. */
    static final String READERS = "hasAnyRole('STAFF', 'SUPERVISOR', 'AUDITOR', 'MAYOR')";
    /** Who may read a citizen's personal data. */
    static final String PERSONAL_DATA_READERS = "hasAnyRole('STAFF', 'SUPERVISOR', 'AUDITOR')";

    private final QueryGateway queries;
    private final CommandGateway commands;

    RequestQueryController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @QueryMapping
    @PreAuthorize(READERS)
    CompletableFuture<RequestConnection> requests(@Argument QueueFilterInput filter, @Argument Integer first,
            @Argument String after, DataFetchingFieldSelectionSet selection, Principal principal) {
        int pageSize = PageSize.of(first, MAX_PAGE_SIZE);
        var scoped = MunicipalityScope.restrict(toFilter(filter), LedgerUser.of(principal));
        var query = new FindQueueQuery(scoped, pageSize, after, QueueCountSelection.of(selection));
        return queries.query(query, QueuePage.class).thenApply(RequestConnection::of);
    }

    @SchemaMapping(typeName = "RequestConnection")
    long totalCount(RequestConnection connection) {
        return connection.count().value();
    }

    @SchemaMapping(typeName = "RequestConnection")
    MatchCount matchCount(RequestConnection connection, @Argument Integer atMost) {
        QueueCount count = connection.count().atMost(QueueCountSelection.atMost(atMost));
        return new MatchCount(count.value(), count.more());
    }

    @QueryMapping
    @PreAuthorize(READERS)
    CompletableFuture<RequestView> request(@Argument String id, Principal principal) {
        var user = LedgerUser.of(principal);
        return queries.query(new FindRequestQuery(id), RequestView.class)
                .thenApply(view -> MunicipalityScope.check(view, user));
    }

    @QueryMapping
    @PreAuthorize(READERS)
    CompletableFuture<RequestView> requestByNumber(@Argument String registrationNumber, Principal principal) {
        var user = LedgerUser.of(principal);
        return queries.query(new FindRequestByNumberQuery(registrationNumber.strip()), RequestView.class)
                .thenApply(view -> MunicipalityScope.check(view, user));
    }

    @SchemaMapping(typeName = "Request")
    @PreAuthorize(PERSONAL_DATA_READERS)
    CompletableFuture<CitizenView> citizen(RequestView request, Principal principal) {
        return logged(request, "citizen", principal).thenApply(logged -> request.citizen());
    }

    @SchemaMapping(typeName = "Request")
    @PreAuthorize(PERSONAL_DATA_READERS)
    CompletableFuture<String> description(RequestView request, Principal principal) {
        return logged(request, "description", principal).thenApply(logged -> request.description());
    }

    /** Every read of personal data is logged before it is answered; erased data is not personal any more. */
    private CompletableFuture<Object> logged(RequestView request, String field, Principal principal) {
        if (request.personalDataErased()) {
            return CompletableFuture.completedFuture(null);
        }
        return commands.send(new RecordPersonalDataAccessCommand(request.requestId(), field),
                Actor.of(principal).metaData());
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
    @PreAuthorize("hasAnyRole('STAFF', 'SUPERVISOR')")
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

    /** A page of the queue; {@code count} is as far as the client's selection asked to count. */
    record RequestConnection(List<RequestEdge> edges, PageInfo pageInfo, QueueCount count) {
        static RequestConnection of(QueuePage page) {
            var edges = page.items().stream().map(view -> new RequestEdge(page.cursorOf(view), view)).toList();
            return new RequestConnection(edges, new PageInfo(page.hasNextPage(), page.endCursor()), page.count());
        }
    }

    record MatchCount(long count, boolean more) {
    }

    record RequestEdge(String cursor, RequestView node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
