package cz.css.ledger.query.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRows extends JpaRepository<TimelineRow, TimelineKey> {
    List<TimelineRow> findByIdRequestIdOrderByIdSequence(String requestId);
}
