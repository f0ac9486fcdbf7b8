package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenContactTest {

    @Test
    void nameAloneIsEnough() {
        assertThat(new CitizenContact("Jana Dvořáková", null, null, null).name()).isEqualTo("Jana Dvořáková");
    }

    @Test
    void emailAloneIsEnough() {
        assertThat(new CitizenContact(null, "jana@example.cz", null, null).email()).isEqualTo("jana@example.cz");
    }

    @Test
    void phoneAloneIsEnough() {
        assertThat(new CitizenContact(null, null, "+420 777 123 456", null).phone()).isEqualTo("+420 777 123 456");
    }

    @Test
    void postalAddressAloneIsEnough() {
        var contact = new CitizenContact(null, null, null, "Palackého nám. 6, 664 91 Ivančice");
        assertThat(contact.postalAddress()).isEqualTo("Palackého nám. 6, 664 91 Ivančice");
    }

    @Test
    void trimsEveryPartAndTurnsBlankPartsIntoNothing() {
        var contact = new CitizenContact("  Jana Dvořáková ", " jana@example.cz ", "  ", "");
        assertThat(contact).isEqualTo(new CitizenContact("Jana Dvořáková", "jana@example.cz", null, null));
        assertThat(contact.phone()).isNull();
        assertThat(contact.postalAddress()).isNull();
    }

    @Test
    void needsAtLeastOnePart() {
        assertThatThrownBy(() -> new CitizenContact(null, null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Citizen contact needs at least a name, e-mail, phone or postal address");
    }

    @Test
    void blankPartsDoNotCountAsContact() {
        assertThatThrownBy(() -> new CitizenContact(" ", "", "\t", "  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jana", "jana@", "@example.cz", "jana@example", "jana dvorakova@example.cz",
            "jana@@example.cz"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertThatThrownBy(() -> new CitizenContact("Jana Dvořáková", email, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Citizen e-mail '" + email + "' is not an e-mail address");
    }

    @Test
    void refusesNameLongerThan200Characters() {
        assertThatThrownBy(() -> new CitizenContact("J".repeat(201), null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The citizen name is 201 characters long; at most 200 are allowed");
    }

    @Test
    void refusesPhoneLongerThan40Characters() {
        assertThatThrownBy(() -> new CitizenContact(null, null, "7".repeat(41), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("citizen phone");
    }
}
