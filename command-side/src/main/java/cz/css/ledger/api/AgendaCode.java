package cz.css.ledger.api;

import java.util.regex.Pattern;

/** Code of an area of public administration (agenda) in which citizens may turn to the CSS. */
public record AgendaCode(String value) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public AgendaCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidInputException(
                    "Agenda code must be 2-40 upper-case letters, digits or underscores, got '" + value + "'");
        }
    }

    public static AgendaCode of(String value) {
        return new AgendaCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
