package cz.css.ledger.api;

/** What the citizen brought; decides the statutory response time users expect by default. */
public enum RequestKind {
    /** žádost: an ordinary request or submission (30 days). */
    REQUEST(30),
    /** podnět: a suggestion, e.g. for the development of the region (30 days). */
    SUGGESTION(30),
    /** stížnost: a complaint under the Administrative Procedure Code §175 (60 days). */
    COMPLAINT(60),
    /** žádost o informace: an information request under Act 106/1999 Coll. (15 days). */
    INFORMATION_REQUEST(15),
    /** hlášení poruchy nebo havárie: a fault or emergency report (30 days, urgency decides the rest). */
    FAULT_OR_EMERGENCY(30),
    /** jiné: anything else (30 days). */
    OTHER(30);

    private final int statutoryDays;

    RequestKind(int statutoryDays) {
        this.statutoryDays = statutoryDays;
    }

    /** Days within which the citizen should get an answer, counted from the day of receipt. */
    public int statutoryDays() {
        return statutoryDays;
    }
}
