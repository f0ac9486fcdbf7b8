package cz.css.ledger.audit.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void textNumbersAndNullsSurviveTheRoundTrip() {
        String text = "{\"a\":\"Příliš žluťoučký \\\"kůň\\\"\\n\\t\\\\ \u0001\"}";
        var line = JsonLine.builder().put("record", "event").put("position", -42).put("text", text)
                .put("absent", (String) null).put("flag", true).build();

        var parsed = JsonLine.parse(line.toString());

        assertThat(parsed.string("text")).isEqualTo(text);
        assertThat(parsed.number("position")).isEqualTo(-42);
        assertThat(parsed.string("absent")).isNull();
        assertThat(parsed.has("absent")).isTrue();
        assertThat(parsed.toString()).isEqualTo(line.toString());
    }

    @Test
    void nestedValuesAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> JsonLine.parse("{\"a\":{\"b\":1}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonLine.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> JsonLine.parse("{\"a\":1} x")).hasMessageContaining("after the object");
    }
}
