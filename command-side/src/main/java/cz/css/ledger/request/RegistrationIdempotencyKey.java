package cz.css.ledger.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client's idempotency key and the request first registered under it (command-side lookup). */
@Entity
@Table(name = "registration_idempotency_key")
class RegistrationIdempotencyKey {
    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    protected RegistrationIdempotencyKey() {
        // for JPA
    }

    RegistrationIdempotencyKey(String key, String requestId) {
        this.key = key;
        this.requestId = requestId;
    }

    String requestId() {
        return requestId;
    }
}
