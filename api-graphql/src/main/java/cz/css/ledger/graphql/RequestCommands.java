package cz.css.ledger.graphql;

import cz.css.ledger.api.RequestCommand;
import cz.css.ledger.query.api.FindRequestQuery;
import cz.css.ledger.query.api.RequestView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a request's command and answers with the request as the read model shows it after the
 * change: it waits (briefly) until the projection has applied the command's event.
 */
@Component
class RequestCommands {
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final QueryGateway queries;

    RequestCommands(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a registration; answers the registered request (or the one first registered under its key). */
    CompletableFuture<RequestPayload> register(Object command, Actor actor) {
        return commands.<String>send(command, actor.metaData())
                .thenCompose(requestId -> viewAtVersion(requestId, 0))
                .thenApply(RequestPayload::new);
    }

    /** Sends a command to an existing request; answers the request once the change is visible. */
    CompletableFuture<RequestPayload> change(RequestCommand command, Actor actor) {
        return commands.<Long>send(command, actor.metaData())
                .thenCompose(version -> viewAtVersion(command.requestId(), version))
                .thenApply(RequestPayload::new);
    }

    private CompletableFuture<RequestView> viewAtVersion(String requestId, long version) {
        var query = new FindRequestQuery(requestId);
        var subscription = queries.subscriptionQuery(query, ResponseTypes.instanceOf(RequestView.class),
                ResponseTypes.instanceOf(RequestView.class));
        return subscription.initialResult()
                .concatWith(subscription.updates())
                .filter(view -> view.version() >= version)
                .next()
                .timeout(READ_MODEL_WAIT, Mono.defer(() -> Mono.fromFuture(queries.query(query, RequestView.class))))
                // an update arrives on the projection's thread: the answer is completed elsewhere, so that the
                // projection goes on to the next batch (docs/performance.md, item 7)
                .publishOn(Schedulers.boundedElastic())
                .doFinally(signal -> subscription.close())
                .toFuture();
    }

    record RequestPayload(RequestView request) {
    }
}
