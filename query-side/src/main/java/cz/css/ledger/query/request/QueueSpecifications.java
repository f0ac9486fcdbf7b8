package cz.css.ledger.query.request;

import cz.css.ledger.query.api.QueueCursor;
import cz.css.ledger.query.api.QueueFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The queue's filters and keyset as JPA specifications, portable between PostgreSQL and H2. */
final class QueueSpecifications {
    /** Newest received first; the id breaks ties so the order, and so the keyset, is total. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("requestId"));

    private static final char ESCAPE = '\\';

    private QueueSpecifications() {
    }

    static Specification<RequestRow> matching(QueueFilter filter) {
        List<Specification<RequestRow>> specs = new ArrayList<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            specs.add((row, query, cb) -> row.get("status").in(filter.statuses()));
        }
        addEqual(specs, "municipalityCode", blankToNull(filter.municipalityCode()));
        addEqual(specs, "agendaCode", blankToNull(filter.agendaCode()));
        addEqual(specs, "kind", filter.kind());
        addEqual(specs, "assignee", blankToNull(filter.assignee()));
        addEqual(specs, "urgency", filter.urgency());
        String text = blankToNull(filter.text());
        if (text != null) {
            specs.add(containsText(text));
        }
        return Specification.allOf(specs);
    }

    /** Rows after the cursor in {@link #NEWEST_FIRST} order: {@code (received_at, request_id) < (cursor)}. */
    static Specification<RequestRow> after(QueueCursor cursor) {
        return (row, query, cb) -> cb.or(
                cb.lessThan(row.<Instant>get("receivedAt"), cursor.receivedAt()),
                cb.and(cb.equal(row.get("receivedAt"), cursor.receivedAt()),
                        cb.lessThan(row.<String>get("requestId"), cursor.requestId())));
    }

    private static Specification<RequestRow> containsText(String text) {
        String pattern = "%" + escapeLike(SearchText.fold(text)) + "%";
        return (row, query, cb) -> cb.like(row.get("searchText"), pattern, ESCAPE);
    }

    private static void addEqual(List<Specification<RequestRow>> specs, String attribute, Object value) {
        if (value != null) {
            specs.add((row, query, cb) -> cb.equal(row.get(attribute), value));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
