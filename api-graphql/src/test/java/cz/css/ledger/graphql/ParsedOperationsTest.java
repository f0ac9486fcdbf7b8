package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedOperationsTest {
    private final AtomicInteger parsed = new AtomicInteger();

    @Test
    void anOperationSentAgainIsNotParsedAgain() {
        var operations = new ParsedOperations(ParsedOperations.MAXIMUM_CHARACTERS);
        String me = "query me { me { username } }";

        PreparsedDocumentEntry first = operations.getDocumentAsync(input(me), valid()).join();
        PreparsedDocumentEntry second = operations.getDocumentAsync(input(me), valid()).join();

        assertThat(parsed).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(second.getDocument().getDefinitions()).hasSize(1);
    }

    @Test
    void aRefusedOperationIsNotKeptAndIsParsedEachTime() {
        var operations = new ParsedOperations(ParsedOperations.MAXIMUM_CHARACTERS);
        String wrong = "{ noSuchField }";

        PreparsedDocumentEntry first = operations.getDocumentAsync(input(wrong), refused()).join();
        operations.getDocumentAsync(input(wrong), refused()).join();

        assertThat(first.hasErrors()).isTrue();
        assertThat(parsed).hasValue(2);
        assertThat(operations.size()).isZero();
    }

    @Test
    void theTextsKeptAreBoundedInCharacters() {
        var operations = new ParsedOperations(100);
        for (int i = 0; i < 50; i++) {
            operations.getDocumentAsync(input("query q" + i + " { me { username } }"), valid()).join();
        }

        assertThat(operations.size()).isBetween(1L, 100L / "query q10 { me { username } }".length());
    }

    private static ExecutionInput input(String text) {
        return ExecutionInput.newExecutionInput(text).build();
    }

    private Function<ExecutionInput, PreparsedDocumentEntry> valid() {
        return input -> {
            parsed.incrementAndGet();
            Document document = Parser.parse(input.getQuery());
            return new PreparsedDocumentEntry(document);
        };
    }

    private Function<ExecutionInput, PreparsedDocumentEntry> refused() {
        return input -> {
            parsed.incrementAndGet();
            return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("Field 'noSuchField' is undefined")
                    .build());
        };
    }
}
