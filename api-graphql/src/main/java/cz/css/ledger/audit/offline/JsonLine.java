package cz.css.ledger.audit.offline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of an export: a flat JSON object of strings, whole numbers, booleans and nulls. Written
 * and read here with the JDK alone, so the offline verifier needs no library.
 */
public final class JsonLine {
    private final Map<String, Object> fields;

    private JsonLine(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String string(String name) {
        Object value = fields.get(name);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("Field " + name + " is not a string");
        }
        return (String) value;
    }

    public String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw new IllegalArgumentException("Field " + name + " is missing");
        }
        return value;
    }

    public long number(String name) {
        if (!(fields.get(name) instanceof Long value)) {
            throw new IllegalArgumentException("Field " + name + " is not a whole number");
        }
        return value;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** Parses one line; anything but a flat object of the supported values is refused. */
    public static JsonLine parse(String line) {
        return new JsonLine(new Parser(line).object());
    }

    @Override
    public String toString() {
        var out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, name);
            out.append(':');
            if (value instanceof String text) {
                quote(out, text);
            } else {
                out.append(value);
            }
        });
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Builds a line field by field, in order. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Builder put(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Builder put(String name, long value) {
            fields.put(name, value);
            return this;
        }

        public Builder put(String name, boolean value) {
            fields.put(name, value);
            return this;
        }

        public JsonLine build() {
            return new JsonLine(new LinkedHashMap<>(fields));
        }
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
            var fields = new LinkedHashMap<String, Object>();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                at++;
                return end(fields);
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                expect(':');
                skipSpace();
                if (fields.put(name, value()) != null) {
                    throw error("duplicate field " + name);
                }
                skipSpace();
                char next = next();
                if (next == '}') {
                    return end(fields);
                }
                if (next != ',') {
                    throw error("expected , or }");
                }
            }
        }

        private Map<String, Object> end(Map<String, Object> fields) {
            skipSpace();
            if (at != text.length()) {
                throw error("text after the object");
            }
            return fields;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            int start = at;
            if (c == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == start || at == start + 1 && c == '-') {
                throw error("unsupported value");
            }
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            var out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("short \\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + escaped);
                }
            }
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected " + c);
            }
        }

        private char next() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at++);
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(at);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Not an export line (" + what + " at character " + at + ")");
        }
    }
}
