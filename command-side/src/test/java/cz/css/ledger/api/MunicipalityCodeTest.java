package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @Test
    void acceptsSixDigitCodeOfTheStatisticalOffice() {
        assertThat(MunicipalityCode.of("583286").value()).isEqualTo("583286");
    }

    @Test
    void printsAsTheBareCode() {
        assertThat(MunicipalityCode.of("500011")).hasToString("500011");
    }

    @Test
    void equalCodesAreEqual() {
        assertThat(MunicipalityCode.of("583286")).isEqualTo(new MunicipalityCode("583286"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "58328", "5832860", "58328a", " 583286", "583 286", "ABCDEF"})
    void refusesAnythingButSixDigits(String code) {
        assertThatThrownBy(() -> MunicipalityCode.of(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be six digits, got '" + code + "'")
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
    }

    @Test
    void refusesAMissingCodeAsBadInput() {
        assertThatThrownBy(() -> MunicipalityCode.of(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be six digits");
    }
}
