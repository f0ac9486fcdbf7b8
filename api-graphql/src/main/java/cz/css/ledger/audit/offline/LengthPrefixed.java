package cz.css.ledger.audit.offline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The field encoding of the ledger's canonical forms: strings (UTF-8) and byte arrays prefixed by their
 * 4-byte big-endian length, -1 for an absent value.
 */
public final class LengthPrefixed {
    private LengthPrefixed() {
    }

    public static void write(DataOutputStream out, String value) throws IOException {
        write(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    public static String readText(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException if the length read is not -1 and does not fit what remains
     */
    public static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("a field of " + length + " bytes where " + in.available() + " remain");
        }
        return in.readNBytes(length);
    }
}
