package cz.css.ledger.graphql;

import cz.css.ledger.api.AnswerSatisfactionSurveyCommand;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionAnswer;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public GraphQL endpoint {@value #PATH} where citizens answer the satisfaction survey without
 * an account. It has its own schema with that one mutation (and the static questions), so nothing
 * of the staff API at /graphql is reachable without signing in. The answer is recorded as given by
 * the actor "citizen" in role CITIZEN_SURVEY, whatever the request says. The staff API's depth and
 * complexity limits apply here too.
 */
@Configuration(proxyBeanMethods = false)
class PublicSurveyEndpoint {
    static final String PATH = "/public/graphql";
    static final Map<String, String> QUESTIONS = Map.of(
            "satisfaction", "Jak jste spokojen(a) s vyřízením svého podnětu?",
            "scale", "1 = velmi nespokojen(a), 5 = velmi spokojen(a)",
            "resolved", "Byla vaše záležitost vyřešena? (ano / částečně / ne / nevím)",
            "comment", "Chcete nám něco vzkázat? (nepovinné)");

    /** Not a GraphQlSource bean: that would replace the staff API's own, which Spring Boot builds. */
    @Bean
    RouterFunction<ServerResponse> publicSurveyGraphQl(CommandGateway commands, Clock clock,
            GraphQlErrorResolver errors, List<Instrumentation> limits) {
        GraphQlSource source = GraphQlSource.schemaResourceBuilder()
                .instrumentation(limits)
                .schemaResources(new ClassPathResource("graphql-public/public-survey.graphqls"))
                .configureRuntimeWiring(wiring -> wiring
                        .type("Query", type -> type.dataFetcher("satisfactionSurveyQuestions", env -> QUESTIONS))
                        .type("Mutation", type -> type.dataFetcher("answerSatisfactionSurvey",
                                env -> answer(env, commands, clock))))
                .exceptionResolvers(List.of(errors))
                .build();
        var handler = new GraphQlHttpHandler(WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
                .build());
        return RouterFunctions.route().POST(PATH, handler::handleRequest).build();
    }

    private static CompletableFuture<Map<String, Object>> answer(DataFetchingEnvironment env, CommandGateway commands,
            Clock clock) {
        Map<String, Object> input = env.getArgument("input");
        var answer = SatisfactionAnswer.of((Integer) input.get("score"),
                ResolvedAnswer.valueOf((String) input.get("resolved")), (String) input.get("comment"));
        Instant answeredAt = clock.instant();
        var command = new AnswerSatisfactionSurveyCommand((String) input.get("token"), answer, answeredAt);
        return commands.send(command, Actor.CITIZEN_WITH_SURVEY_CODE.metaData())
                .thenApply(version -> Map.of("answeredAt", answeredAt.toString(),
                        "message", "Děkujeme, vaše hodnocení jsme zaznamenali."));
    }
}
