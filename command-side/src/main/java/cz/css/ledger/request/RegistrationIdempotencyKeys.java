package cz.css.ledger.request;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationIdempotencyKeys extends JpaRepository<RegistrationIdempotencyKey, String> {
}
