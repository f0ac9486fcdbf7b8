package cz.css.ledger.api;

/** How fast the request needs a reaction; urgent public matters get fast reactions. */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH,
    /** havárie: danger to people or property, handle at once. */
    EMERGENCY
}
