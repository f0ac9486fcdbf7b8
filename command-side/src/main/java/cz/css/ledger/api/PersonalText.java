package cz.css.ledger.api;

/**
 * Personal data: free text written about or by a citizen that may identify them (the
 * description of a request). Kept apart from other fields so it can be encrypted per subject.
 */
public record PersonalText(String text) {
    public static final int MAX_LENGTH = 10_000;

    public PersonalText {
        text = Text.required(text, "description", MAX_LENGTH);
    }

    public static PersonalText of(String text) {
        return new PersonalText(text);
    }
}
