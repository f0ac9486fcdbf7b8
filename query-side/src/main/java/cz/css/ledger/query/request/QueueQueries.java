package cz.css.ledger.query.request;

import cz.css.ledger.query.api.FindQueueQuery;
import cz.css.ledger.query.api.QueueCursor;
import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.QueuePage;
import cz.css.ledger.query.api.RequestView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Answers the staff queue: filtered, newest first, paged by an opaque keyset cursor. */
@Component
class QueueQueries {
    static final int MAX_PAGE_SIZE = 100;

    private final RequestRows requests;
    private final RequestViews views;
    private final QueueCounter counter;

    QueueQueries(RequestRows requests, RequestViews views, QueueCounter counter) {
        this.requests = requests;
        this.views = views;
        this.counter = counter;
    }

    @QueryHandler
    QueuePage handle(FindQueueQuery query) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, query.first()));
        Specification<RequestRow> matching =
                QueueSpecifications.matching(query.filter() == null ? QueueFilter.none() : query.filter());
        Specification<RequestRow> page = query.after() == null || query.after().isBlank() ? matching
                : matching.and(QueueSpecifications.after(QueueCursor.decode(query.after())));
        // one row more than asked tells whether another page follows, without counting
        List<RequestRow> rows = requests.findBy(page,
                q -> q.sortBy(QueueSpecifications.NEWEST_FIRST).limit(size + 1).all());
        List<RequestView> items = views.of(rows.subList(0, Math.min(size, rows.size())));
        String endCursor = items.isEmpty() ? null : QueueCursor.after(items.get(items.size() - 1)).encode();
        return new QueuePage(items, endCursor, rows.size() > size, counter.count(matching, query.counting()));
    }
}
