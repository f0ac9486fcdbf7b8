package cz.css.ledger.query.statistics;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestFacts extends JpaRepository<RequestFact, String> {
}
