package cz.css.ledger.api;

/** Shape checks for free text shared by the value objects and commands. */
public final class Text {
    private Text() {
    }

    /** Trims the text and refuses it when blank or longer than {@code max} characters. */
    public static String required(String text, String what, int max) {
        String trimmed = optional(text, what, max);
        if (trimmed == null) {
            throw new InvalidInputException("The " + what + " must not be empty");
        }
        return trimmed;
    }

    /**
     * Trims the text, returns null when blank, refuses it when longer than {@code max} characters or
     * when it holds a control character (other than tab and line breaks) or a lone UTF-16 surrogate:
     * PostgreSQL cannot store U+0000 and UTF-8 cannot encode a lone surrogate, so a read model would
     * fail on the event forever.
     */
    public static String optional(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(
                    "The " + what + " is " + trimmed.length() + " characters long; at most " + max + " are allowed");
        }
        int bad = firstUnstorable(trimmed);
        if (bad >= 0) {
            throw new InvalidInputException("The " + what + " holds a control character or broken Unicode at position "
                    + (bad + 1) + "; remove it");
        }
        return trimmed;
    }

    /** Index of the first control character (not tab, CR, LF) or lone surrogate; -1 if there is none. */
    static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
