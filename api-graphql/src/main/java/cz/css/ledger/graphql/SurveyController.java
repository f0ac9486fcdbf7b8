package cz.css.ledger.graphql;

import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.RecordPersonalDataAccessCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.graphql.SurveyCommands.SurveyOfferPayload;
import cz.css.ledger.graphql.SurveyCommands.SurveyPayload;
import cz.css.ledger.query.api.FindSurveyQuery;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.query.api.SurveyView;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The satisfaction survey for CSS staff: offering it (which issues the citizen's one-time code),
 * recording an answer taken by phone, and a request's latest survey. The citizen's own answer goes
 * through {@link PublicSurveyEndpoint}.
 */
@Controller
class SurveyController {
    private final SurveyCommands surveys;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    SurveyController(SurveyCommands surveys, CommandGateway commands, QueryGateway queries, Clock clock) {
        this.surveys = surveys;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('STAFF', 'SUPERVISOR')")
    CompletableFuture<SurveyOfferPayload> offerSatisfactionSurvey(@Argument OfferSatisfactionSurveyInput input,
            Principal principal) {
        return surveys.offer(new OfferSatisfactionSurveyCommand(input.requestId(), UUID.randomUUID().toString(),
                input.channel(), clock.instant()), Actor.of(principal));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('STAFF', 'SUPERVISOR')")
    CompletableFuture<SurveyPayload> recordSatisfactionByPhone(@Argument RecordSatisfactionByPhoneInput input,
            Principal principal) {
        var answer = SatisfactionAnswer.of(input.score(), input.resolved(), input.comment());
        return surveys.recordByPhone(new RecordSatisfactionByPhoneCommand(input.requestId(), answer,
                Times.instantOrNow(input.answeredAt(), "time of the answer", clock)), Actor.of(principal));
    }

    /** Readable by whoever may read the request (a mayor's municipality is checked with the request). */
    @SchemaMapping(typeName = "Request")
    @PreAuthorize(RequestQueryController.READERS)
    CompletableFuture<SurveyView> survey(RequestView request) {
        return queries.query(new FindSurveyQuery(request.requestId()), SurveyView.class);
    }

    @SchemaMapping(typeName = "Survey", field = "id")
    String id(SurveyView survey) {
        return survey.surveyId();
    }

    @SchemaMapping(typeName = "Survey")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    Integer score(SurveyView survey) {
        return survey.score();
    }

    @SchemaMapping(typeName = "Survey")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    ResolvedAnswer resolved(SurveyView survey) {
        return survey.resolved();
    }

    /** The comment is personal data: its read is logged for the data protection officer before it is answered. */
    @SchemaMapping(typeName = "Survey")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    CompletableFuture<String> comment(SurveyView survey, Principal principal) {
        if (survey.comment() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return commands.send(new RecordPersonalDataAccessCommand(survey.requestId(), "survey.comment"),
                Actor.of(principal).metaData()).thenApply(logged -> survey.comment());
    }

    record OfferSatisfactionSurveyInput(String requestId, NotificationChannel channel) {
    }

    record RecordSatisfactionByPhoneInput(String requestId, int score, ResolvedAnswer resolved, String comment,
            String answeredAt) {
    }
}
