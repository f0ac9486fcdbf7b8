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

    /** What an erased text reads as: its key was destroyed, the ciphertext stays unreadable. */
    public static final String ERASED = "⟨osobní údaje vymazány⟩";

    public static PersonalText of(String text) {
        return new PersonalText(text);
    }

    /** The text whose personal data was erased. */
    public static PersonalText erased() {
        return new PersonalText(ERASED);
    }

    public boolean wasErased() {
        return ERASED.equals(text);
    }
}
