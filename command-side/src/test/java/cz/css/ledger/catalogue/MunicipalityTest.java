package cz.css.ledger.catalogue;

import static cz.css.ledger.catalogue.Catalogue.IVANCICE;
import static cz.css.ledger.catalogue.Catalogue.ROADS;
import static cz.css.ledger.catalogue.Catalogue.WASTE;
import static cz.css.ledger.catalogue.Catalogue.agree;
import static cz.css.ledger.catalogue.Catalogue.agreed;
import static cz.css.ledger.catalogue.Catalogue.agreementEnded;
import static cz.css.ledger.catalogue.Catalogue.endAgreement;
import static cz.css.ledger.catalogue.Catalogue.join;
import static cz.css.ledger.catalogue.Catalogue.joined;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;

import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.ErrorCode;
import cz.css.ledger.api.JoinMunicipalityCommand;
import cz.css.ledger.api.LedgerException;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import cz.css.ledger.api.RuleViolationException;
import cz.css.ledger.api.UnknownEntityException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalityTest {
    private FixtureConfiguration<Municipality> fixture;
    private FakeAgendaDirectory catalogue;

    @BeforeEach
    void setUp() {
        catalogue = new FakeAgendaDirectory();
        catalogue.define(WASTE);
        catalogue.define(ROADS);
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerInjectableResource(catalogue);
    }

    @Test
    void canJoinTheAssociation() {
        fixture.givenNoPriorActivity()
                .when(join(IVANCICE))
                .expectEvents(joined(IVANCICE));
    }

    @Test
    void canJoinWithoutNamingTheMayor() {
        fixture.givenNoPriorActivity()
                .when(new JoinMunicipalityCommand(IVANCICE, " Ivančice ", "  "))
                .expectEvents(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", null));
    }

    @Test
    void cannotJoinTwice() {
        fixture.given(joined(IVANCICE))
                .when(join(IVANCICE))
                .expectNoEvents()
                .expectException(conflict())
                .expectExceptionMessage("Municipality 583286 (Ivančice) is already a member");
    }

    @Test
    void canAgreeToDefinedAgenda() {
        fixture.given(joined(IVANCICE))
                .when(agree(IVANCICE, WASTE))
                .expectEvents(agreed(IVANCICE, WASTE));
    }

    @Test
    void canAgreeToSeveralAgendas() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE))
                .when(agree(IVANCICE, ROADS))
                .expectEvents(agreed(IVANCICE, ROADS));
    }

    @Test
    void cannotAgreeToAgendaMissingFromTheCatalogue() {
        var tourism = AgendaCode.of("TOURISM");
        fixture.given(joined(IVANCICE))
                .when(agree(IVANCICE, tourism))
                .expectNoEvents()
                .expectException(allOf(instanceOf(UnknownEntityException.class), withCode(ErrorCode.NOT_FOUND)))
                .expectExceptionMessage("Agenda TOURISM is not defined in the catalogue");
    }

    @Test
    void cannotAgreeToTheSameAgendaTwice() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE))
                .when(agree(IVANCICE, WASTE))
                .expectNoEvents()
                .expectException(conflict())
                .expectExceptionMessage(
                        "Municipality 583286 (Ivančice) has already agreed to agenda WASTE_COLLECTION");
    }

    @Test
    void cannotAgreeToAgendaBeforeJoining() {
        fixture.givenNoPriorActivity()
                .when(agree(IVANCICE, WASTE))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canEndAnAgreement() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE))
                .when(endAgreement(IVANCICE, WASTE))
                .expectEvents(agreementEnded(IVANCICE, WASTE));
    }

    @Test
    void cannotEndAgreementThatWasNeverMade() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE))
                .when(endAgreement(IVANCICE, ROADS))
                .expectNoEvents()
                .expectException(conflict())
                .expectExceptionMessage(allOf(containsString("has not agreed to agenda LOCAL_ROADS"),
                        containsString("agreed are [WASTE_COLLECTION]")));
    }

    @Test
    void cannotEndAgreementTwice() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE), agreementEnded(IVANCICE, WASTE))
                .when(endAgreement(IVANCICE, WASTE))
                .expectNoEvents()
                .expectException(conflict());
    }

    @Test
    void canAgreeAgainAfterTheAgreementEnded() {
        fixture.given(joined(IVANCICE), agreed(IVANCICE, WASTE), agreementEnded(IVANCICE, WASTE))
                .when(agree(IVANCICE, WASTE))
                .expectEvents(agreed(IVANCICE, WASTE));
    }

    private static Matcher<Object> conflict() {
        return allOf(instanceOf(RuleViolationException.class), withCode(ErrorCode.CONFLICT));
    }

    static Matcher<Object> withCode(ErrorCode code) {
        return new FeatureMatcher<>(Matchers.equalTo(code), "error code", "error code") {
            @Override
            protected ErrorCode featureValueOf(Object actual) {
                return actual instanceof LedgerException ledger ? ledger.code() : null;
            }
        };
    }
}
