package cz.css.ledger.workload;

import static cz.css.ledger.api.RequestStatus.CLOSED;
import static cz.css.ledger.api.RequestStatus.DECLINED;
import static cz.css.ledger.api.RequestStatus.MAYOR_INFORMED;
import static cz.css.ledger.api.RequestStatus.RECEIVED;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_CSS;
import static cz.css.ledger.api.RequestStatus.RESOLVED_BY_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.RETURNED_TO_CSS;
import static cz.css.ledger.api.RequestStatus.ROUTED_TO_MUNICIPALITY;
import static cz.css.ledger.api.RequestStatus.WITHDRAWN;

import cz.css.ledger.api.RequestStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent oracle of a request's life (the state diagram of docs/design.md), checked against
 * the events as stored: sequence numbers contiguous from 0, the registration first and only once,
 * and every event allowed in the state its predecessors left. An event type it does not know is a
 * violation too, so a new event makes this oracle be extended on purpose.
 */
public final class LifecycleRules {
    private static final Set<RequestStatus> ANY = EnumSet.allOf(RequestStatus.class);
    private static final Set<RequestStatus> WAITING_FOR_CSS = EnumSet.of(RECEIVED, RETURNED_TO_CSS);
    private static final Set<RequestStatus> IN_PROGRESS = EnumSet.of(RECEIVED, ROUTED_TO_MUNICIPALITY, RETURNED_TO_CSS);
    private static final Set<RequestStatus> WITH_OUTCOME =
            EnumSet.of(RESOLVED_BY_CSS, MAYOR_INFORMED, RESOLVED_BY_MUNICIPALITY, DECLINED, CLOSED);

    /** Allowed from these states; the state after ({@code null}: unchanged). */
    private record Rule(Set<RequestStatus> from, RequestStatus to) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("RequestAssignedEvent", new Rule(EnumSet.complementOf(EnumSet.of(CLOSED, WITHDRAWN)), null)),
            Map.entry("InternalNoteAddedEvent", new Rule(ANY, null)),
            Map.entry("RequestReclassifiedEvent", new Rule(WAITING_FOR_CSS, null)),
            Map.entry("RequestResolvedByCssEvent", new Rule(WAITING_FOR_CSS, RESOLVED_BY_CSS)),
            Map.entry("MayorInformedEvent", new Rule(EnumSet.of(RESOLVED_BY_CSS), MAYOR_INFORMED)),
            Map.entry("RequestRoutedToMunicipalityEvent", new Rule(WAITING_FOR_CSS, ROUTED_TO_MUNICIPALITY)),
            Map.entry("SupportingDocumentsPreparedEvent", new Rule(EnumSet.of(ROUTED_TO_MUNICIPALITY), null)),
            Map.entry("MunicipalityResolvedRequestEvent",
                    new Rule(EnumSet.of(ROUTED_TO_MUNICIPALITY), RESOLVED_BY_MUNICIPALITY)),
            Map.entry("RequestReturnedToCssEvent", new Rule(EnumSet.of(ROUTED_TO_MUNICIPALITY), RETURNED_TO_CSS)),
            Map.entry("CitizenNotifiedEvent", new Rule(WITH_OUTCOME, null)),
            Map.entry("RequestClosedEvent",
                    new Rule(EnumSet.of(MAYOR_INFORMED, RESOLVED_BY_MUNICIPALITY, DECLINED), CLOSED)),
            Map.entry("RequestReopenedEvent", new Rule(EnumSet.of(CLOSED, DECLINED), RECEIVED)),
            Map.entry("RequestWithdrawnEvent", new Rule(IN_PROGRESS, WITHDRAWN)),
            Map.entry("RequestDeclinedEvent", new Rule(WAITING_FOR_CSS, DECLINED)),
            Map.entry("PersonalDataErasedEvent", new Rule(ANY, null)));

    /** One stored event of a request: its sequence number and the simple name of its payload type. */
    public record StoredEvent(long sequence, String type) {
        public static StoredEvent of(long sequence, String payloadType) {
            return new StoredEvent(sequence, payloadType.substring(payloadType.lastIndexOf('.') + 1));
        }
    }

    private LifecycleRules() {
    }

    /** The state the events leave the request in; throws if they break a rule (see {@link #violations}). */
    public static RequestStatus replay(String requestId, List<StoredEvent> events) {
        List<String> violations = new ArrayList<>();
        RequestStatus status = replay(requestId, events, violations);
        if (!violations.isEmpty()) {
            throw new AssertionError(String.join("\n", violations));
        }
        return status;
    }

    /** Every rule the stored events of one request break, in their order; empty when the history is sound. */
    public static List<String> violations(String requestId, List<StoredEvent> events) {
        List<String> violations = new ArrayList<>();
        replay(requestId, events, violations);
        return violations;
    }

    private static RequestStatus replay(String requestId, List<StoredEvent> events, List<String> violations) {
        RequestStatus status = null;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            String where = "request " + requestId + " event #" + event.sequence() + " " + event.type();
            if (event.sequence() != i) {
                violations.add(where + ": expected sequence number " + i + " (a gap or a duplicate)");
            }
            if (event.type().equals("RequestRegisteredEvent")) {
                if (status != null) {
                    violations.add(where + ": registered again while " + status);
                }
                status = RECEIVED;
                continue;
            }
            if (status == null) {
                violations.add(where + ": before the registration");
                continue;
            }
            Rule rule = RULES.get(event.type());
            if (rule == null) {
                violations.add(where + ": unknown to this oracle; add it to LifecycleRules");
            } else if (!rule.from().contains(status)) {
                violations.add(where + ": not allowed while " + status);
            } else if (rule.to() != null) {
                status = rule.to();
            }
        }
        return status;
    }
}
