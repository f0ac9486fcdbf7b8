package cz.css.ledger.api;

/** Presence checks for command components that have no natural default. */
public final class Required {
    private Required() {
    }

    public static <T> T value(T value, String what) {
        if (value == null) {
            throw new InvalidInputException("The " + what + " is required");
        }
        return value;
    }
}
