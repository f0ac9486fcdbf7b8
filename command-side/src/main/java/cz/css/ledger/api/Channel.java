package cz.css.ledger.api;

/** How the request reached the CSS. */
public enum Channel {
    /** osobně */
    IN_PERSON,
    /** telefon */
    PHONE,
    /** e-mail */
    EMAIL,
    /** dopis */
    LETTER,
    /** webový formulář */
    WEB_FORM,
    /** datová schránka */
    DATA_BOX
}
