package cz.css.ledger.request;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.catalogue.AgendaAgreements;
import java.util.HashSet;
import java.util.Set;

/** The agreements a test sets up, in place of the catalogue lookup. Nothing is agreed until a test says so. */
final class FakeAgendaAgreements implements AgendaAgreements {
    private final Set<String> agreed = new HashSet<>();

    void agree(MunicipalityCode municipality, AgendaCode agenda) {
        agreed.add(municipality + "/" + agenda);
    }

    @Override
    public boolean isAgreed(MunicipalityCode municipality, AgendaCode agenda) {
        return agreed.contains(municipality + "/" + agenda);
    }
}
