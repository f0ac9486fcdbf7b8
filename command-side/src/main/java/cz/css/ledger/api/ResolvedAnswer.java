package cz.css.ledger.api;

/** The citizen's answer to the outcome question of the satisfaction survey: was the matter resolved? */
public enum ResolvedAnswer {
    /** ano */
    YES,
    /** částečně */
    PARTLY,
    /** ne */
    NO,
    /** nevím */
    DONT_KNOW
}
