package cz.css.ledger.graphql;

import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.SurveyInvitation;
import cz.css.ledger.query.api.FindSurveyQuery;
import cz.css.ledger.query.api.SurveyView;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends the staff's survey commands and answers with the survey as the statistics read model shows
 * it after the change: it waits (briefly) until the projection has applied the command's event.
 */
@Component
class SurveyCommands {
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final QueryGateway queries;

    SurveyCommands(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    CompletableFuture<SurveyOfferPayload> offer(OfferSatisfactionSurveyCommand command, Actor actor) {
        return commands.<SurveyInvitation>send(command, actor.metaData())
                .thenCompose(invitation -> surveyAtVersion(command.requestId(), invitation.version())
                        .thenApply(survey -> new SurveyOfferPayload(survey, invitation.token())));
    }

    CompletableFuture<SurveyPayload> recordByPhone(RecordSatisfactionByPhoneCommand command, Actor actor) {
        return commands.<Long>send(command, actor.metaData())
                .thenCompose(version -> surveyAtVersion(command.requestId(), version))
                .thenApply(SurveyPayload::new);
    }

    private CompletableFuture<SurveyView> surveyAtVersion(String requestId, long version) {
        var query = new FindSurveyQuery(requestId);
        var subscription = queries.subscriptionQuery(query, ResponseTypes.instanceOf(SurveyView.class),
                ResponseTypes.instanceOf(SurveyView.class));
        return subscription.initialResult()
                .concatWith(subscription.updates())
                .filter(view -> view.version() >= version)
                .next()
                .timeout(READ_MODEL_WAIT, Mono.defer(() -> Mono.fromFuture(queries.query(query, SurveyView.class))))
                .doFinally(signal -> subscription.close())
                .toFuture();
    }

    record SurveyOfferPayload(SurveyView survey, String token) {
    }

    record SurveyPayload(SurveyView survey) {
    }
}
