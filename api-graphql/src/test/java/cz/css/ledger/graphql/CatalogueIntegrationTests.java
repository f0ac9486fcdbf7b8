package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agenda catalogue: Ivančicko's members are there, and agreements decide what the CSS may do. */
@PostgresIntegrationTest
class CatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void ivancickoMembersAreListedWithTheirAgreedAgendas() {
        var municipalities = GraphQlClient.over(port).documentName("municipalities").execute()
                .path("municipalities").entityList(Map.class).get();
        assertThat(municipalities).extracting(m -> m.get("code")).contains("583120", "583588", "582956", "582832",
                "582930", "583022", "583201", "583375", "583421", "583481", "583502", "583511");
        var ivancice = municipalities.stream().filter(m -> m.get("code").equals("583120")).findFirst().orElseThrow();
        assertThat(ivancice).containsEntry("name", "Ivančice");
        assertThat((List<Map<String, Object>>) ivancice.get("agreedAgendas")).extracting(a -> a.get("agendaCode"))
                .contains("PORUCHY", "DOTACE", "ZAKAZKY");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgendaAgreedLaterAllowsTheCssToResolveAndEndingItForbidsAgain() {
        var graphQl = GraphQlClient.as(GraphQlClient.TestUser.SUPERVISOR, port);
        var ledger = new Ledger(graphQl);
        String joined = "599999";
        graphQl.documentName("joinMunicipality")
                .variable("input", Map.of("code", joined, "name", "Zkušební Lhota", "mayorName", "Anna Zkušební"))
                .execute().path("joinMunicipality.municipality.name").entity(String.class).isEqualTo("Zkušební Lhota");
        String first = (String) ledger.registerFaultIn(joined, "TURISMUS").get("id");
        ledger.response("resolveByCss", first, "resolution", "x").errors()
                .satisfy(errors -> assertThat(errors).hasSize(1));

        var agreed = graphQl.documentName("agreeAgenda").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS", "agreedOn", "2026-11-01", "occasion", "zasedání zastupitelstva"))
                .execute().path("agreeAgenda.municipality.agreedAgendas").entityList(Map.class).get();
        assertThat(agreed).extracting(a -> a.get("agendaCode")).containsExactly("TURISMUS");
        assertThat(ledger.act("resolveByCss", first, "resolution", "Mapa tras předána"))
                .containsEntry("status", "RESOLVED_BY_CSS");

        graphQl.documentName("endAgendaAgreement").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS")).execute().path("endAgendaAgreement.municipality.agreedAgendas")
                .entityList(Map.class).hasSize(0);
        String second = (String) ledger.registerFaultIn(joined, "TURISMUS").get("id");
        ledger.response("routeToMunicipality", second, "recipient", "Obec", "reason", "x").errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("has not agreed")));
    }

    @Test
    void anAgreementCountsOnlyFromItsDayAndAnEndOnlyFromItsDay() {
        var graphQl = GraphQlClient.as(GraphQlClient.TestUser.SUPERVISOR, port);
        var ledger = new Ledger(graphQl);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Prague"));
        String joined = "599998";
        graphQl.documentName("joinMunicipality")
                .variable("input", Map.of("code", joined, "name", "Budoucí Lhota", "mayorName", "Eva Budoucí"))
                .execute().path("joinMunicipality.municipality.code").entity(String.class).isEqualTo(joined);
        graphQl.documentName("agreeAgenda").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS", "agreedOn", today.plusDays(7).toString(), "occasion", "příští zasedání"))
                .execute().path("agreeAgenda.municipality.code").hasValue();
        String request = (String) ledger.registerFaultIn(joined, "TURISMUS").get("id");
        ledger.response("resolveByCss", request, "resolution", "x").errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).hasToString("CONFLICT");
                    assertThat(error.getMessage()).contains("has not agreed to as of");
                }));

        graphQl.documentName("endAgendaAgreement").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS")).execute().path("endAgendaAgreement.municipality.code").hasValue();
        graphQl.documentName("agreeAgenda").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS", "agreedOn", today.minusDays(7).toString(), "occasion", "dodatečně"))
                .execute().path("agreeAgenda.municipality.code").hasValue();
        graphQl.documentName("endAgendaAgreement").variable("input", Map.of("municipalityCode", joined,
                "agendaCode", "TURISMUS", "endedOn", today.plusDays(30).toString())).execute()
                .path("endAgendaAgreement.municipality.code").hasValue();
        assertThat(ledger.act("routeToMunicipality", request, "recipient", "Obecní úřad", "reason", "Do konce měsíce"))
                .as("an agreement ending in 30 days still holds today").containsEntry("status", "ROUTED_TO_MUNICIPALITY");
    }
}
