package cz.css.ledger.api;

import java.util.regex.Pattern;

/**
 * Personal data: who the citizen is and how to reach them. Every part is optional, but at least
 * one must be given. Kept apart from all other fields so it can be encrypted per subject and
 * erased by destroying its key.
 */
public record CitizenContact(String name, String email, String phone, String postalAddress) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public CitizenContact {
        name = Text.optional(name, "citizen name", 200);
        email = Text.optional(email, "citizen e-mail", 254);
        phone = Text.optional(phone, "citizen phone", 40);
        postalAddress = Text.optional(postalAddress, "citizen postal address", 500);
        if (name == null && email == null && phone == null && postalAddress == null) {
            throw new InvalidInputException("Citizen contact needs at least a name, e-mail, phone or postal address");
        }
        if (email != null && !PersonalText.ERASED.equals(email) && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("Citizen e-mail '" + email + "' is not an e-mail address");
        }
    }

    /** A contact whose personal data was erased: every part reads as erased. */
    public static CitizenContact erased() {
        return new CitizenContact(PersonalText.ERASED, PersonalText.ERASED, PersonalText.ERASED, PersonalText.ERASED);
    }

    public boolean wasErased() {
        return PersonalText.ERASED.equals(name);
    }
}
