package cz.css.ledger.request;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyTokens extends JpaRepository<SurveyToken, String> {

    /** The code's row, locked until the answer's transaction ends, so two answers with one code cannot both pass. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SurveyToken t where t.tokenHash = :hash")
    Optional<SurveyToken> lockByHash(@Param("hash") String tokenHash);
}
