package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void requiredTextIsTrimmed() {
        assertThat(Text.required("  Nevyvezený kontejner \n", "subject", 200)).isEqualTo("Nevyvezený kontejner");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void requiredTextRefusesBlank(String blank) {
        assertThatThrownBy(() -> Text.required(blank, "subject", 200))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The subject must not be empty");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void optionalBlankTextIsNothing(String blank) {
        assertThat(Text.optional(blank, "reason", 10)).isNull();
    }

    @Test
    void acceptsTextOfExactlyTheLimit() {
        assertThat(Text.required("x".repeat(200), "subject", 200)).hasSize(200);
    }

    @Test
    void refusesTextOverTheLimit() {
        assertThatThrownBy(() -> Text.optional("x".repeat(201), "subject", 200))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The subject is 201 characters long; at most 200 are allowed");
    }

    @Test
    void countsTheLengthAfterTrimming() {
        assertThat(Text.required("  " + "x".repeat(200) + "  ", "subject", 200)).hasSize(200);
    }

    @Test
    void personalTextKeepsTheTrimmedDescription() {
        assertThat(PersonalText.of("  Kontejner u školy nebyl vyvezen. ").text())
                .isEqualTo("Kontejner u školy nebyl vyvezen.");
    }

    @Test
    void personalTextAcceptsTenThousandCharacters() {
        assertThat(PersonalText.of("x".repeat(PersonalText.MAX_LENGTH)).text()).hasSize(10_000);
    }

    @Test
    void personalTextRefusesMoreThanTenThousandCharacters() {
        assertThatThrownBy(() -> PersonalText.of("x".repeat(10_001)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The description is 10001 characters long; at most 10000 are allowed");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void personalTextRefusesBlankDescription(String blank) {
        assertThatThrownBy(() -> PersonalText.of(blank))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The description must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 uprostřed", "zvonek \u0007", "escape \u001b[31m", "osamělý \ud800 surrogát",
            "obrácený \udc00\ud800 pár", "na konci \ud83d"})
    void refusesControlCharactersAndBrokenUnicode(String unstorable) {
        assertThatThrownBy(() -> Text.required(unstorable, "subject", 200))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The subject holds a control character or broken Unicode at position");
    }

    @Test
    void keepsLineBreaksTabsEmojiAndEveryScript() {
        String text = "Řádek 1\r\n\tŘádek 2 \ud83d\ude00 \u0645\u0631\u062d\u0628\u0627 \u4e2d\u6587 e\u0301 \u200f";
        assertThat(Text.required(text, "note", 4000)).isEqualTo(text);
    }
}
