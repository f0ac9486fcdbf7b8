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

    /** Trims the text, returns null when blank, refuses it when longer than {@code max} characters. */
    public static String optional(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(
                    "The " + what + " is " + trimmed.length() + " characters long; at most " + max + " are allowed");
        }
        return trimmed;
    }
}
