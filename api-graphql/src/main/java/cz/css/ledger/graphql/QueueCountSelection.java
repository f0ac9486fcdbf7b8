package cz.css.ledger.graphql;

import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.query.api.QueueCounting;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * How far the queue must count, from what the client selected: {@code totalCount} needs every
 * matching request counted, {@code matchCount} only up to its {@code atMost} (the largest, when
 * asked under several aliases), and neither nothing at all.
 */
final class QueueCountSelection {
    static final int MAX_MATCH_COUNT = 10_000;

    private QueueCountSelection() {
    }

    static QueueCounting of(DataFetchingFieldSelectionSet selection) {
        if (selection.contains("totalCount")) {
            return QueueCounting.EXACT;
        }
        int upTo = 0;
        for (SelectedField field : selection.getFields("matchCount")) {
            upTo = Math.max(upTo, atMost(field.getArguments().get("atMost")));
        }
        return QueueCounting.upTo(upTo);
    }

    static int atMost(Object argument) {
        int atMost = argument == null ? 1000 : ((Number) argument).intValue();
        if (atMost < 1 || atMost > MAX_MATCH_COUNT) {
            throw new InvalidInputException("matchCount's 'atMost' must be between 1 and " + MAX_MATCH_COUNT
                    + ", got " + atMost);
        }
        return atMost;
    }
}
