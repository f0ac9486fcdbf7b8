package cz.css.ledger.graphql;

import graphql.ErrorClassification;

/** Error classifications beyond Spring GraphQL's own {@code ErrorType}. */
enum LedgerErrorType implements ErrorClassification {
    /** The command is well formed but the current state does not allow it. */
    CONFLICT
}
