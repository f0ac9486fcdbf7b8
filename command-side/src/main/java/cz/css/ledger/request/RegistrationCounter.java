package cz.css.ledger.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last registration number given out in a year (command-side lookup). */
@Entity
@Table(name = "registration_counter")
class RegistrationCounter {
    @Id
    @Column(name = "registration_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected RegistrationCounter() {
        // for JPA
    }

    /** Takes the next number of the year, e.g. {@code CSS-2026-000042}. */
    String next() {
        lastNumber++;
        return "CSS-%d-%06d".formatted(year, lastNumber);
    }
}
