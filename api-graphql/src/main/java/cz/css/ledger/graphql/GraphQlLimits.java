package cz.css.ledger.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Limits that keep one query from exhausting the server: nesting depth and field complexity. A
 * query over a limit is the client's mistake: it is refused as BAD_REQUEST, with the limit in the
 * message, instead of graphql-java's own {@code ExecutionAborted}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${ledger.graphql.max-depth:10}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int limit) {
                return badRequest("Query depth " + depth + " exceeds the maximum of " + limit
                        + "; ask for fewer nested fields");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(
            @Value("${ledger.graphql.max-complexity:400}") int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int limit) {
                return badRequest("Query complexity " + complexity + " exceeds the maximum of " + limit
                        + "; ask for fewer fields or split the query");
            }
        };
    }

    /** The abort carries the error the client sees: graphql-java answers with its underlying errors. */
    private static AbortExecutionException badRequest(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }
}
