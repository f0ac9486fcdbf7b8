package cz.css.ledger.query.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyFacts extends JpaRepository<SurveyFact, String> {
    Optional<SurveyFact> findFirstByRequestIdOrderByOfferedAtDesc(String requestId);

    List<SurveyFact> findByRequestIdIn(Collection<String> requestIds);

    /** A page of the surveys in the order of their ids, for the rebuild of the aggregates. */
    List<SurveyFact> findTop5000BySurveyIdGreaterThanOrderBySurveyId(String after);
}
