package cz.css.ledger.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A CSV file that Czech Excel and LibreOffice open with a double click, without an import wizard:
 * UTF-8 with a byte-order mark (so diacritics survive), {@code ;} between cells (the list separator of
 * the Czech locale, where the comma is the decimal separator), CRLF line ends, decimal commas, times
 * in Europe/Prague as {@code dd.MM.yyyy HH:mm}, days as {@code dd.MM.yyyy}. A cell with a separator,
 * quote or line break is quoted; a text cell starting with {@code = + - @} is prefixed with an
 * apostrophe so a spreadsheet never runs it as a formula.
 */
final class Csv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(PRAGUE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final StringBuilder text = new StringBuilder();

    Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return decimal(((Number) value).doubleValue());
        }
        if (value instanceof Number || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "ano" : "ne";
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        return text(value.toString());
    }

    /** Up to four decimals, decimal comma, no grouping: 36, 0,5, 2,6667. */
    static String decimal(double value) {
        var format = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("cs-CZ")));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
