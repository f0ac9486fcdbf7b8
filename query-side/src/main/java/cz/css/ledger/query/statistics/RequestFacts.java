package cz.css.ledger.query.statistics;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestFacts extends JpaRepository<RequestFact, String> {
    /** A page of the facts in the order of their ids, for the rebuild of the aggregates. */
    List<RequestFact> findTop5000ByRequestIdGreaterThanOrderByRequestId(String after);
}
