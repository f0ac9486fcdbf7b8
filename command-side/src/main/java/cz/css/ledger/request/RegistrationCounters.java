package cz.css.ledger.request;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationCounters extends JpaRepository<RegistrationCounter, Integer> {

    @Modifying
    @Query(value = "insert into registration_counter (registration_year, last_number) values (:year, 0) "
            + "on conflict do nothing", nativeQuery = true)
    void createYearIfMissing(int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RegistrationCounter c where c.year = :year")
    Optional<RegistrationCounter> lockYear(int year);
}
