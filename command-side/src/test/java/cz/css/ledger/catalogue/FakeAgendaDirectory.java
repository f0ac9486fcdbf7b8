package cz.css.ledger.catalogue;

import cz.css.ledger.api.AgendaCode;
import java.util.HashSet;
import java.util.Set;

/** The catalogue a test sets up, in place of the lookup table. Nothing is defined until a test says so. */
final class FakeAgendaDirectory implements AgendaDirectory {
    private final Set<AgendaCode> defined = new HashSet<>();

    void define(AgendaCode agenda) {
        defined.add(agenda);
    }

    @Override
    public boolean isDefined(AgendaCode agenda) {
        return defined.contains(agenda);
    }
}
