package cz.css.ledger.query.request;

import cz.css.ledger.query.api.QueueCount;
import cz.css.ledger.query.api.QueueCounting;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Counts the queue's matching rows as far as asked. A limited count reads the ids of at most one
 * row more than the limit, so its cost does not grow with the store; an exact one counts them all.
 */
@Component
class QueueCounter {
    private final RequestRows requests;
    private final EntityManager entityManager;

    QueueCounter(RequestRows requests, EntityManager entityManager) {
        this.requests = requests;
        this.entityManager = entityManager;
    }

    /** The count, or null when nothing is to be counted. */
    QueueCount count(Specification<RequestRow> matching, QueueCounting counting) {
        if (!counting.counts()) {
            return null;
        }
        if (counting.exact()) {
            return QueueCount.exactly(requests.count(matching));
        }
        var criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<String> ids = criteria.createQuery(String.class);
        Root<RequestRow> row = ids.from(RequestRow.class);
        ids.select(row.get("requestId")).where(matching.toPredicate(row, ids, criteria));
        int found = entityManager.createQuery(ids).setMaxResults(counting.upTo() + 1).getResultList().size();
        return QueueCount.exactly(found).atMost(counting.upTo());
    }
}
