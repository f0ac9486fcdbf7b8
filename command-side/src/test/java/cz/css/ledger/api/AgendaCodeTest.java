package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"WASTE_COLLECTION", "A1", "GRANTS_2026"})
    void acceptsUpperCaseCodes(String code) {
        assertThat(AgendaCode.of(code)).hasToString(code);
    }

    @Test
    void acceptsFortyCharacters() {
        assertThat(AgendaCode.of("A".repeat(40)).value()).hasSize(40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "waste", "1WASTE", "_WASTE", "WASTE COLLECTION", "ODPADY_Č"})
    void refusesMalformedCodes(String code) {
        assertThatThrownBy(() -> AgendaCode.of(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("got '" + code + "'");
    }

    @Test
    void refusesCodeLongerThanFortyCharacters() {
        assertThatThrownBy(() -> AgendaCode.of("A".repeat(41))).isInstanceOf(InvalidInputException.class);
    }
}
