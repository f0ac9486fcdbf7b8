package cz.css.ledger.api;

/** How the citizen was told the outcome. */
public enum NotificationChannel {
    IN_PERSON,
    PHONE,
    EMAIL,
    LETTER,
    DATA_BOX
}
