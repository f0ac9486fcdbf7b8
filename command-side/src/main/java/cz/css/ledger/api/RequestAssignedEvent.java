package cz.css.ledger.api;

/** The request was assigned to a CSS staff member (previousAssignee is null on the first assignment). */
public record RequestAssignedEvent(String requestId, String assignee, String previousAssignee) implements RequestEvent {
}
