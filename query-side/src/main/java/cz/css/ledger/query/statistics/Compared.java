package cz.css.ledger.query.statistics;

/** The same figure, or the same interval, for the period asked for and the period just before it. */
record Compared<T>(T current, T previous) {
}
