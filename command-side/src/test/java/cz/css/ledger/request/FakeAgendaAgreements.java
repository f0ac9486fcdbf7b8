package cz.css.ledger.request;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.catalogue.AgendaAgreements;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The agreements a test sets up, in place of the catalogue lookup. Nothing is agreed until a test says so. */
final class FakeAgendaAgreements implements AgendaAgreements {
    private final Map<String, Predicate<LocalDate>> agreed = new HashMap<>();

    /** Agreed on every day. */
    void agree(MunicipalityCode municipality, AgendaCode agenda) {
        agreed.put(municipality + "/" + agenda, day -> true);
    }

    /** Agreed from the given day on. */
    void agreeFrom(MunicipalityCode municipality, AgendaCode agenda, LocalDate from) {
        agreed.put(municipality + "/" + agenda, day -> !day.isBefore(from));
    }

    /** Agreed until the agreement ends on the given day. */
    void agreeUntil(MunicipalityCode municipality, AgendaCode agenda, LocalDate endedOn) {
        agreed.put(municipality + "/" + agenda, day -> day.isBefore(endedOn));
    }

    @Override
    public boolean isAgreedOn(MunicipalityCode municipality, AgendaCode agenda, LocalDate day) {
        return agreed.getOrDefault(municipality + "/" + agenda, any -> false).test(day);
    }
}
