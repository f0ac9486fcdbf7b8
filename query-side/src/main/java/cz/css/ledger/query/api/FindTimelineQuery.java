package cz.css.ledger.query.api;

/** The timeline of one request, oldest first; answers a list of {@link TimelineEntryView}. */
public record FindTimelineQuery(String requestId) {
}
