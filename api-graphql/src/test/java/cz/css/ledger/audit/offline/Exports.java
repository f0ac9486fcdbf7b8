package cz.css.ledger.audit.offline;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/** Test exports built the way the application builds them: events, their links, a signed checkpoint. */
final class Exports {
    static final KeyPair KEYS = SealKeys.generate();

    private Exports() {
    }

    static StoredEvent event(long globalIndex, String aggregate, long sequence, String payloadJson) {
        return new StoredEvent(globalIndex, "event-" + globalIndex, aggregate, sequence, "CitizenRequest",
                "2026-11-22T09:30:0" + (globalIndex % 10) + ".123Z", "cz.css.ledger.api.RequestAssignedEvent", null,
                payloadJson.getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"jana.novakova\",\"actorRole\":\"STAFF\"}".getBytes(StandardCharsets.UTF_8));
    }

    static List<StoredEvent> threeEvents() {
        return List.of(event(1, "req-1", 0, "{\"requestId\":\"req-1\",\"assignee\":\"jana\"}"),
                event(2, "req-1", 1, "{\"requestId\":\"req-1\",\"assignee\":\"petr\",\"note\":\"Příliš \\\"citováno\\\"\"}"),
                event(4, "req-2", 0, "{\"requestId\":\"req-2\",\"assignee\":\"jana\"}"));
    }

    /** An export of all events from position 1, signed at its end with {@link #KEYS}. */
    static List<String> signed(List<StoredEvent> events) {
        var lines = new ArrayList<String>();
        lines.add(ExportFormat.header(null, "2026-11-23T00:00:00Z", 1, ChainHash.GENESIS, "2026-11-23T00:00:00Z")
                .toString());
        byte[] head = ChainHash.GENESIS;
        long position = 0;
        for (StoredEvent event : events) {
            head = ChainHash.link(head, event.digest());
            lines.add(ExportFormat.event(++position, event, head).toString());
        }
        lines.add(ExportFormat.checkpoint(Checkpoint.sign(position, head, "2026-11-22T10:00:00Z", KEYS.getPrivate(),
                KEYS.getPublic())).toString());
        return lines;
    }
}
