package cz.css.ledger.api;

/** Official municipality code (kód obce) of the Czech Statistical Office / RÚIAN: six digits. */
public record MunicipalityCode(String value) {
    public MunicipalityCode {
        if (value == null || !value.matches("\\d{6}")) {
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
