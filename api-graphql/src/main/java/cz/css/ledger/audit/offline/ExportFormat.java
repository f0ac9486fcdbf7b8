package cz.css.ledger.audit.offline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The lines of a ledger export (JSON Lines): a header with the chain hash before the first
 * exported event, one line per sealed event with its stored bytes and its link, and each signed
 * checkpoint right after the event at its position. Stored bytes that are UTF-8 text (JSON) are
 * written as text, others in Base64.
 */
public final class ExportFormat {
    public static final String FORMAT = "cz.css.ledger/export/v1";

    private ExportFormat() {
    }

    public static JsonLine header(String from, String to, long firstPosition, byte[] previousChainHash,
            String exportedAt) {
        return JsonLine.builder().put("record", "header").put("format", FORMAT).put("from", from).put("to", to)
                .put("firstPosition", firstPosition).put("previousChainHash", ChainHash.hex(previousChainHash))
                .put("exportedAt", exportedAt).build();
    }

    public static JsonLine event(long position, StoredEvent event, byte[] chainHash) {
        var line = JsonLine.builder().put("record", "event").put("position", position)
                .put("globalIndex", event.globalIndex()).put("eventIdentifier", event.eventIdentifier())
                .put("aggregateIdentifier", event.aggregateIdentifier())
                .put("sequenceNumber", event.sequenceNumber()).put("aggregateType", event.aggregateType())
                .put("timeStamp", event.timeStamp()).put("payloadType", event.payloadType())
                .put("payloadRevision", event.payloadRevision());
        bytes(line, "payload", event.payload());
        bytes(line, "metaData", event.metaData());
        return line.put("chainHash", ChainHash.hex(chainHash)).build();
    }

    public static JsonLine checkpoint(Checkpoint checkpoint) {
        return JsonLine.builder().put("record", "checkpoint").put("position", checkpoint.position())
                .put("headHash", checkpoint.headHash()).put("signedAt", checkpoint.signedAt())
                .put("keyId", checkpoint.keyId()).put("signature", checkpoint.signature()).build();
    }

    static StoredEvent eventOf(JsonLine line) {
        return new StoredEvent(line.number("globalIndex"), line.requiredString("eventIdentifier"),
                line.requiredString("aggregateIdentifier"), line.number("sequenceNumber"),
                line.string("aggregateType"), line.requiredString("timeStamp"), line.requiredString("payloadType"),
                line.string("payloadRevision"), bytesOf(line, "payload"), bytesOf(line, "metaData"));
    }

    static Checkpoint checkpointOf(JsonLine line) {
        return new Checkpoint(line.number("position"), line.requiredString("headHash"),
                line.requiredString("signedAt"), line.requiredString("keyId"), line.requiredString("signature"));
    }

    /** Text if the bytes are valid UTF-8 (so the line stays readable), Base64 otherwise; absent stays null. */
    private static void bytes(JsonLine.Builder line, String name, byte[] bytes) {
        if (bytes == null) {
            line.put(name, (String) null);
            return;
        }
        try {
            line.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notText) {
            line.put(name + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    private static byte[] bytesOf(JsonLine line, String name) {
        if (line.has(name + "Base64")) {
            return Base64.getDecoder().decode(line.requiredString(name + "Base64"));
        }
        String text = line.string(name);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
