package cz.css.ledger.api;

import java.util.regex.Pattern;

/** Official municipality code (kód obce) of the Czech Statistical Office / RÚIAN: six digits. */
public record MunicipalityCode(String value) {
    /** Compiled once: {@code String.matches} compiles its pattern on every call, and every event read makes codes. */
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public MunicipalityCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidInputException("Municipality code (kód obce) must be six digits, got '" + value + "'");
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
