package cz.css.ledger.graphql;

import cz.css.ledger.api.LedgerException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolver;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Turns refused commands and bad input into classified GraphQL errors whose message names the rule
 * and the current state. Anything unexpected is logged here and answered without internals.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {
    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
        return classify(thrown, GraphqlErrorBuilder.newError(env), env.getField().getName());
    }

    /** The same classification for errors of a subscription's stream. */
    @Bean
    static SubscriptionExceptionResolver subscriptionErrors() {
        return new SubscriptionExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable thrown) {
                return classify(thrown, GraphqlErrorBuilder.newError(), "subscription");
            }
        };
    }

    static GraphQLError classify(Throwable thrown, GraphqlErrorBuilder<?> error, String operation) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof LedgerException refused) {
            return error.errorType(classification(refused)).message(refused.getMessage()).build();
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return error.errorType(ErrorType.NOT_FOUND).message("No request, municipality or agenda with id "
                    + notFound.getAggregateIdentifier() + " exists").build();
        }
        if (cause instanceof AccessDeniedException denied) {
            return error.errorType(ErrorType.FORBIDDEN).message(denied.getMessage()).build();
        }
        if (cause instanceof AuthenticationException) {
            return error.errorType(ErrorType.UNAUTHORIZED).message("Sign in first").build();
        }
        if (isConcurrencyConflict(thrown)) {
            return error.errorType(LedgerErrorType.CONFLICT)
                    .message("Someone changed the same record at the same moment; reload it and try again").build();
        }
        log.error("Unexpected failure in {}", operation, cause);
        return error.errorType(ErrorType.INTERNAL_ERROR).message("Internal error; it was logged").build();
    }

    private static graphql.ErrorClassification classification(LedgerException refused) {
        return switch (refused.code()) {
            case BAD_REQUEST -> ErrorType.BAD_REQUEST;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case CONFLICT -> LedgerErrorType.CONFLICT;
        };
    }

    /**
     * Lost races on the same record, wherever they sit in the cause chain: two appends of the same
     * aggregate's next event (Axon gives up after the gateway's retries), a stream created twice, a
     * lock or serialization failure in the database.
     */
    static boolean isConcurrencyConflict(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof CommandExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
