package cz.css.ledger.api;

/**
 * The content of an answer to the satisfaction survey: one question on a 5-point scale and one on
 * the outcome, plus an optional comment, which is personal data.
 *
 * @param score 1 (very dissatisfied) to 5 (very satisfied)
 * @param resolved whether the matter was resolved, in the citizen's view
 * @param comment free text from the citizen, or null
 */
public record SatisfactionAnswer(int score, ResolvedAnswer resolved, PersonalText comment) {
    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;
    public static final int MAX_COMMENT_LENGTH = 2000;

    public SatisfactionAnswer {
        if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new InvalidInputException("The satisfaction score must be a whole number from " + LOWEST_SCORE
                    + " (very dissatisfied) to " + HIGHEST_SCORE + " (very satisfied); " + score + " is out of range");
        }
        Required.value(resolved, "answer whether the matter was resolved");
        if (comment != null && comment.text().length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("The comment is " + comment.text().length()
                    + " characters long; at most " + MAX_COMMENT_LENGTH + " are allowed");
        }
    }

    /** An answer whose comment is given as text; a blank comment means none. */
    public static SatisfactionAnswer of(int score, ResolvedAnswer resolved, String comment) {
        String text = Text.optional(comment, "comment", MAX_COMMENT_LENGTH);
        return new SatisfactionAnswer(score, resolved, text == null ? null : PersonalText.of(text));
    }
}
