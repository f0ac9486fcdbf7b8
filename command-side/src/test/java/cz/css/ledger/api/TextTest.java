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
}
