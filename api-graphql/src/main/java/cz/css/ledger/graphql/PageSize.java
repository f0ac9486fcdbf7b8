package cz.css.ledger.graphql;

import cz.css.ledger.api.InvalidInputException;

/** Page sizes asked for by clients: 1 to the maximum, refused beyond it. */
final class PageSize {
    private PageSize() {
    }

    static int of(Integer first, int max) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > max) {
            throw new InvalidInputException("Page size 'first' must be between 1 and " + max + ", got " + size);
        }
        return size;
    }
}
