package cz.css.ledger.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.GraphQlClient;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff console asks who is signed in to offer that role's screens and actions. */
@PostgresIntegrationTest
class MeIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void staffMemberIsToldTheirNameAndRoleWithoutAMunicipality() {
        Map<String, Object> me = GraphQlClient.over(port).documentName("me").execute().path("me").entity(Map.class).get();
        assertThat(me).containsEntry("username", "jana.novakova").containsEntry("role", "STAFF")
                .containsEntry("municipalityCode", null).containsEntry("municipalityName", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mayorIsToldTheMunicipalityTheyAreBoundTo() {
        Map<String, Object> me = GraphQlClient.as(TestUser.MAYOR, port).documentName("me").execute()
                .path("me").entity(Map.class).get();
        assertThat(me).containsEntry("username", "starosta.ivancice").containsEntry("role", "MAYOR")
                .containsEntry("municipalityCode", Ledger.IVANCICE).containsEntry("municipalityName", "Ivančice");
    }
}
