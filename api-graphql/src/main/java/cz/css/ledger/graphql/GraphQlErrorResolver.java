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
import org.springframework.graphql.execution.ErrorType;
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
        Throwable cause = unwrap(thrown);
        if (cause instanceof LedgerException refused) {
            return error(env, classification(refused), refused.getMessage());
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return error(env, ErrorType.NOT_FOUND, "No request, municipality or agenda with id "
                    + notFound.getAggregateIdentifier() + " exists");
        }
        if (cause instanceof AccessDeniedException denied) {
            return error(env, ErrorType.FORBIDDEN, denied.getMessage());
        }
        if (cause instanceof AuthenticationException) {
            return error(env, ErrorType.UNAUTHORIZED, "Sign in first");
        }
        if (isConcurrencyConflict(thrown)) {
            return error(env, LedgerErrorType.CONFLICT,
                    "Someone changed the same record at the same moment; reload it and try again");
        }
        log.error("Unexpected failure in {}", env.getField().getName(), cause);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it was logged");
    }

    private static graphql.ErrorClassification classification(LedgerException refused) {
        return switch (refused.code()) {
            case BAD_REQUEST -> ErrorType.BAD_REQUEST;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case CONFLICT -> LedgerErrorType.CONFLICT;
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
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
