package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.graphql.execution.ErrorType;

/** Lost races surface as CONFLICT however they are wrapped; nothing unexpected leaks its internals. */
class GraphQlErrorResolverTest {
    private final GraphQlErrorResolver resolver = new GraphQlErrorResolver();

    @Test
    void aConcurrentAppendToTheSameRequestIsAConflict() {
        assertThat(resolve(new ConcurrencyException("sequence 3 of request x taken"))
                .getErrorType()).isEqualTo(LedgerErrorType.CONFLICT);
    }

    @Test
    void aConcurrentAppendIsAConflictHoweverDeepTheGatewayWrapsIt() {
        var appendFailed = new ConcurrencyException("taken", new IllegalStateException("duplicate key value"));
        var wrapped = new CompletionException(new CommandExecutionException("failed", new RuntimeException(appendFailed)));
        GraphQLError error = resolve(wrapped);
        assertThat(error.getErrorType()).isEqualTo(LedgerErrorType.CONFLICT);
        assertThat(error.getMessage()).doesNotContain("duplicate key", "Exception");
    }

    @Test
    void aStreamCreatedTwiceAndADatabaseLockFailureAreConflicts() {
        assertThat(resolve(new AggregateStreamCreationException("exists")).getErrorType())
                .isEqualTo(LedgerErrorType.CONFLICT);
        assertThat(resolve(new CannotAcquireLockException("deadlock detected")).getErrorType())
                .isEqualTo(LedgerErrorType.CONFLICT);
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithoutItsMessage() {
        GraphQLError error = resolve(new IllegalStateException("org.postgresql.util.PSQLException: SQL state 42P01"));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).doesNotContain("postgresql", "SQL", "Exception");
    }

    private GraphQLError resolve(Throwable thrown) {
        return resolver.resolveToSingleError(thrown, environment());
    }

    private static DataFetchingEnvironment environment() {
        Field field = Field.newField("resolveByCss").build();
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(field).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("resolveByCss")).build())
                .build();
    }
}
