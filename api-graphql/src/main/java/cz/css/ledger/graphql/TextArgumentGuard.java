package cz.css.ledger.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses (BAD_REQUEST) any argument text holding a control character other than tab and line
 * breaks, or a lone UTF-16 surrogate, before a resolver sees it. PostgreSQL cannot store U+0000 and
 * UTF-8 cannot encode a lone surrogate: such text would fail in the database, or worse, in a
 * projection replaying the event that carries it. Inline literals and variables are both covered,
 * since the check runs on the coerced arguments of each field.
 */
@Component
class TextArgumentGuard extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        Map<String, Object> arguments = parameters.getExecutionStepInfo().getArguments();
        if (arguments.isEmpty()) {
            return dataFetcher;
        }
        String badArgument = findBadText(arguments, "");
        if (badArgument == null) {
            return dataFetcher;
        }
        return environment -> DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.BAD_REQUEST)
                .message("Argument '" + badArgument + "' holds a control character or broken Unicode; remove it")
                .build()).build();
    }

    /** The path of the first argument value with forbidden characters, or null when all are clean. */
    static String findBadText(Object value, String path) {
        if (value instanceof String text) {
            return isClean(text) ? null : path;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = findBadText(entry.getValue(), path.isEmpty() ? String.valueOf(entry.getKey())
                        : path + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String found = findBadText(list.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
