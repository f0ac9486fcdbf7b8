package cz.css.ledger.api;

/** How the CSS informed the mayor (starosta) about a request it resolved itself. */
public enum MayorContactMethod {
    PHONE,
    EMAIL,
    LETTER,
    MEETING,
    IN_PERSON
}
