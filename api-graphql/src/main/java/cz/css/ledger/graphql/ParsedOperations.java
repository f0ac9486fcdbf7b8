package cz.css.ledger.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct operation text once: the console and API clients send the same few operations
 * over and over, with only their variables changing, and graphql-java would otherwise parse and validate the text
 * on every call. Only valid operations are kept, so that refused input cannot fill the cache; the texts kept are
 * bounded in characters. Depth and complexity limits ({@link GraphQlLimits}) still apply on every execution.
 */
final class ParsedOperations implements PreparsedDocumentProvider {
    /** About the console's operations many times over; an operation is a few thousand characters. */
    static final long MAXIMUM_CHARACTERS = 1_000_000;

    private final Cache<String, PreparsedDocumentEntry> valid;

    ParsedOperations(long maximumCharacters) {
        this.valid = Caffeine.newBuilder()
                .maximumWeight(maximumCharacters)
                .weigher((String text, PreparsedDocumentEntry entry) -> text.length())
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known = valid.getIfPresent(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors()) {
            valid.put(input.getQuery(), parsed);
        }
        return CompletableFuture.completedFuture(parsed);
    }

    /** How many operations are kept, evictions due done first. */
    long size() {
        valid.cleanUp();
        return valid.estimatedSize();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        ParsedOperations parsedOperations() {
            return new ParsedOperations(MAXIMUM_CHARACTERS);
        }

        /** The staff API's source, which Spring Boot builds; the public survey endpoint's is its own. */
        @Bean
        GraphQlSourceBuilderCustomizer parsedOnce(ParsedOperations operations) {
            return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(operations));
        }
    }
}
