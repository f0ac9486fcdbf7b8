package cz.css.ledger.catalogue;

import static cz.css.ledger.catalogue.Catalogue.ROADS;
import static cz.css.ledger.catalogue.Catalogue.WASTE;
import static cz.css.ledger.catalogue.Catalogue.define;
import static cz.css.ledger.catalogue.Catalogue.defined;
import static cz.css.ledger.catalogue.MunicipalityTest.withCode;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.instanceOf;

import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.DefineAgendaCommand;
import cz.css.ledger.api.ErrorCode;
import cz.css.ledger.api.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgendaTest {
    private FixtureConfiguration<Agenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agenda.class);
    }

    @Test
    void canDefineAgenda() {
        fixture.givenNoPriorActivity()
                .when(define(WASTE))
                .expectEvents(defined(WASTE));
    }

    @Test
    void canDefineAgendaWithoutDescription() {
        fixture.givenNoPriorActivity()
                .when(new DefineAgendaCommand(ROADS, "  Místní komunikace ", " "))
                .expectEvents(new AgendaDefinedEvent(ROADS, "Místní komunikace", null));
    }

    @Test
    void cannotDefineAgendaTwice() {
        fixture.given(defined(WASTE))
                .when(define(WASTE))
                .expectNoEvents()
                .expectException(allOf(instanceOf(RuleViolationException.class), withCode(ErrorCode.CONFLICT)))
                .expectExceptionMessage("Agenda WASTE_COLLECTION is already defined as 'Svoz odpadu'");
    }
}
