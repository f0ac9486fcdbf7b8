package cz.css.ledger.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time survey code (command-side lookup): only its SHA-256 hash is kept, with the request and
 * survey it answers and when it was used. The code itself is shown once, when it is issued.
 */
@Entity
@Table(name = "survey_token")
class SurveyToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "survey_id", nullable = false)
    private String surveyId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SurveyToken() {
        // for JPA
    }

    SurveyToken(String tokenHash, String requestId, String surveyId, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.requestId = requestId;
        this.surveyId = surveyId;
        this.issuedAt = issuedAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    String requestId() {
        return requestId;
    }

    String surveyId() {
        return surveyId;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant at) {
        usedAt = at;
    }
}
