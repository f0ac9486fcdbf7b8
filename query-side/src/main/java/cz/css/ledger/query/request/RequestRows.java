package cz.css.ledger.query.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RequestRows extends JpaRepository<RequestRow, String>, JpaSpecificationExecutor<RequestRow> {
    Optional<RequestRow> findByRegistrationNumber(String registrationNumber);
}
