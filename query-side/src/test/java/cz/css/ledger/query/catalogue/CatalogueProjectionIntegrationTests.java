package cz.css.ledger.query.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.api.AgendaAgreedEvent;
import cz.css.ledger.api.AgendaAgreementEndedEvent;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AgendaDefinedEvent;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.MunicipalityJoinedEvent;
import cz.css.ledger.query.QuerySideTestApplication;
import cz.css.ledger.query.api.AgendaView;
import cz.css.ledger.query.api.AgreedAgendaView;
import cz.css.ledger.query.api.FindAgendasQuery;
import cz.css.ledger.query.api.FindMunicipalitiesQuery;
import cz.css.ledger.query.api.MunicipalityView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest(classes = QuerySideTestApplication.class)
class CatalogueProjectionIntegrationTests {
    static final MunicipalityCode IVANCICE = MunicipalityCode.of("583171");
    static final MunicipalityCode CEBIN = MunicipalityCode.of("581780");
    static final MunicipalityCode CHUDCICE = MunicipalityCode.of("581992");
    static final MunicipalityCode HRUSOVANY = MunicipalityCode.of("584151");
    static final AgendaCode WASTE = AgendaCode.of("WASTE");
    static final AgendaCode ROADS = AgendaCode.of("ROADS");
    static final AgendaCode GRANTS = AgendaCode.of("GRANTS");
    static final LocalDate INITIAL_MEETING = LocalDate.of(2026, 1, 15);

    @Autowired
    CatalogueProjection projection;
    @Autowired
    CatalogueQueries queries;
    @Autowired
    CatalogueNames names;
    @MockitoBean
    QueryUpdateEmitter emitter;

    @BeforeEach
    void emptyCatalogue() {
        projection.reset();
        projection.on(new AgendaDefinedEvent(WASTE, "Odpadové hospodářství", "Svoz a třídění odpadu"));
        projection.on(new AgendaDefinedEvent(ROADS, "Místní komunikace", null));
        projection.on(new AgendaDefinedEvent(GRANTS, "Dotace", null));
    }

    @Test
    void agendasAreListedByName() {
        assertThat(queries.handle(new FindAgendasQuery())).containsExactly(
                new AgendaView("GRANTS", "Dotace", null),
                new AgendaView("ROADS", "Místní komunikace", null),
                new AgendaView("WASTE", "Odpadové hospodářství", "Svoz a třídění odpadu"));
    }

    @Test
    void municipalitiesAreListedByNameInCzechOrder() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", "Milan Buček"), 0);
        projection.on(new MunicipalityJoinedEvent(CHUDCICE, "Chudčice", null), 0);
        projection.on(new MunicipalityJoinedEvent(HRUSOVANY, "Hrušovany", null), 0);
        projection.on(new MunicipalityJoinedEvent(CEBIN, "Čebín", null), 0);

        assertThat(queries.handle(new FindMunicipalitiesQuery())).extracting(MunicipalityView::name)
                .containsExactly("Čebín", "Hrušovany", "Chudčice", "Ivančice");
    }

    @Test
    void municipalityListsTheAgendasItAgreedToByName() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", "Milan Buček"), 0);
        projection.on(new AgendaAgreedEvent(IVANCICE, WASTE, INITIAL_MEETING, "úvodní setkání"), 1);
        projection.on(new AgendaAgreedEvent(IVANCICE, ROADS, INITIAL_MEETING.plusMonths(2), null), 2);

        assertThat(queries.handle(new FindMunicipalitiesQuery())).containsExactly(
                new MunicipalityView("583171", "Ivančice", "Milan Buček", List.of(
                        new AgreedAgendaView("ROADS", "Místní komunikace", INITIAL_MEETING.plusMonths(2)),
                        new AgreedAgendaView("WASTE", "Odpadové hospodářství", INITIAL_MEETING))));
    }

    @Test
    void endedAgreementIsNoLongerListed() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", null), 0);
        projection.on(new AgendaAgreedEvent(IVANCICE, WASTE, INITIAL_MEETING, null), 1);
        projection.on(new AgendaAgreedEvent(IVANCICE, ROADS, INITIAL_MEETING, null), 2);
        projection.on(new AgendaAgreementEndedEvent(IVANCICE, ROADS, INITIAL_MEETING.plusYears(1), "Zastupitelstvo"),
                3);

        assertThat(queries.handle(new FindMunicipalitiesQuery()).get(0).agreedAgendas())
                .extracting(AgreedAgendaView::agendaCode).containsExactly("WASTE");
    }

    @Test
    void agreementDeliveredAgainAfterItEndedStaysEnded() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", null), 0);
        var agreed = new AgendaAgreedEvent(IVANCICE, ROADS, INITIAL_MEETING, null);
        projection.on(agreed, 1);
        projection.on(new AgendaAgreementEndedEvent(IVANCICE, ROADS, INITIAL_MEETING.plusYears(1), null), 2);

        projection.on(agreed, 1);
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice (again)", null), 0);
        projection.on(new AgendaDefinedEvent(ROADS, "Silnice", null));

        MunicipalityView ivancice = queries.handle(new FindMunicipalitiesQuery()).get(0);
        assertThat(ivancice.name()).isEqualTo("Ivančice");
        assertThat(ivancice.agreedAgendas()).isEmpty();
        assertThat(names.agendas(Set.of("ROADS"))).isEqualTo(Map.of("ROADS", "Místní komunikace"));
    }

    @Test
    void namesAreLookedUpByCodeAndUnknownCodesAreLeftOut() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", null), 0);

        assertThat(names.municipalities(Set.of("583171", "999999"))).isEqualTo(Map.of("583171", "Ivančice"));
        assertThat(names.agendas(Set.of("WASTE", "NOPE"))).isEqualTo(Map.of("WASTE", "Odpadové hospodářství"));
    }

    @Test
    void resetEmptiesTheCatalogue() {
        projection.on(new MunicipalityJoinedEvent(IVANCICE, "Ivančice", null), 0);
        projection.on(new AgendaAgreedEvent(IVANCICE, WASTE, INITIAL_MEETING, null), 1);

        projection.reset();

        assertThat(queries.handle(new FindMunicipalitiesQuery())).isEmpty();
        assertThat(queries.handle(new FindAgendasQuery())).isEmpty();
    }
}
