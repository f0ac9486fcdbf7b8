package cz.css.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.DatabaseOwner;
import cz.css.ledger.GraphQlClient.TestUser;
import cz.css.ledger.GraphQlClient;
import cz.css.ledger.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen's personal data is never stored in plaintext in the events, and after erasure it is
 * nowhere in the database at all, while the request's history still reads end to end.
 */
@PostgresIntegrationTest
class PersonalDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    @Test
    @SuppressWarnings("unchecked")
    void personalDataIsEncryptedInEventsAndGoneEverywhereAfterErasure() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "Zdenka Šifrová" + n;
        String email = "zdenka" + n + "@example.cz";
        String phone = "+420 777 " + n;
        String story = "Soused" + n + " mi zatápí byt";
        var staff = GraphQlClient.over(port);
        var input = new HashMap<String, Object>(Map.of("municipalityCode", "583120", "agendaCode", "PORADENSTVI",
                "kind", "REQUEST", "channel", "IN_PERSON", "subject", "Spor se sousedem", "description", story,
                "citizen", Map.of("name", name, "email", email, "phone", phone)));
        String id = staff.documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request.id").entity(String.class).get();
        staff.document("mutation { resolveByCss(input: {requestId: \"" + id + "\", resolution: \"Poradili jsme\"})"
                + " { request { id } } }").execute().path("resolveByCss.request.id").hasValue();

        List<String> secrets = List.of(name, email, phone, story);
        assertThat(occurrences(secrets, "domain_event_entry", "snapshot_event_entry")).isEmpty();
        assertThat(occurrences(secrets, "request_view")).isNotEmpty();
        assertThat(dataKeys(id)).isEqualTo(1);
        staff.document("{ request(id: \"" + id + "\") { citizen { name email phone } description } }").execute()
                .path("request.citizen.name").entity(String.class).isEqualTo(name)
                .path("request.description").entity(String.class).isEqualTo(story);

        var supervisor = GraphQlClient.as(TestUser.SUPERVISOR, port);
        supervisor.document("mutation { erasePersonalData(input: {requestId: \"" + id + "\", reason: \"Žádost o výmaz"
                + " podle čl. 17 GDPR\"}) { request { personalDataErased } } }").execute()
                .path("erasePersonalData.request.personalDataErased").entity(Boolean.class).isEqualTo(true);
        assertThat(dataKeys(id)).as("data key destroyed in the erasure's transaction").isZero();

        assertThat(occurrences(secrets, allTables())).isEmpty();
        var afterErasure = staff.document("{ request(id: \"" + id + "\") { status personalDataErased description"
                + " citizen { name } timeline { eventType } } }").execute();
        afterErasure.path("request.status").entity(String.class).isEqualTo("RESOLVED_BY_CSS")
                .path("request.description").valueIsNull()
                .path("request.citizen.name").valueIsNull()
                .path("request.timeline[*].eventType").entityList(String.class)
                .containsExactly("RequestRegisteredEvent", "RequestResolvedByCssEvent", "PersonalDataErasedEvent");
        staff.document("mutation { informMayor(input: {requestId: \"" + id + "\", mayorName: \"Milan Buček\","
                        + " method: PHONE, message: \"Vyřízeno\"}) { request { status } } }").execute()
                .path("informMayor.request.status").entity(String.class).isEqualTo("MAYOR_INFORMED");
    }

    @Test
    void anErasureWhoseKeyCannotBeDestroyedIsNotRecordedAndTheDataStaysReadable() {
        String id = register("Bohumil Neskartovaný");
        // the tables' owner plays the failure: the application's role may not create triggers
        var owner = DatabaseOwner.of(environment).jdbc();
        owner.execute("create or replace function keep_subject_key() returns trigger language plpgsql as"
                + " $$ begin raise exception 'the data key must stay (test)'; end $$");
        owner.execute("create trigger keep_subject_key_" + id.replace("-", "_") + " before delete on subject_key"
                + " for each row when (old.subject_id = '" + id + "') execute function keep_subject_key()");
        try {
            GraphQlClient.as(TestUser.SUPERVISOR, port).document("mutation { erasePersonalData(input: {requestId: \""
                    + id + "\", reason: \"Žádost o výmaz\"}) { request { personalDataErased } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType()).hasToString("INTERNAL_ERROR")));
        } finally {
            owner.execute("drop trigger keep_subject_key_" + id.replace("-", "_") + " on subject_key");
        }

        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'cz.css.ledger.api.PersonalDataErasedEvent'", Integer.class, id)).isZero();
        assertThat(dataKeys(id)).isEqualTo(1);
        GraphQlClient.over(port).document("{ request(id: \"" + id + "\") { personalDataErased citizen { name } } }")
                .execute().path("request.personalDataErased").entity(Boolean.class).isEqualTo(false)
                .path("request.citizen.name").entity(String.class).isEqualTo("Bohumil Neskartovaný");
    }

    @Test
    void everyReadOfPersonalDataIsLoggedForTheDataProtectionOfficer() {
        String id = register("Karel Čtený");
        GraphQlClient.as(TestUser.AUDITOR, port).document("{ request(id: \"" + id + "\") { citizen { name } } }")
                .execute().path("request.citizen.name").entity(String.class).isEqualTo("Karel Čtený");

        GraphQlClient.as(TestUser.SUPERVISOR, port).document("{ personalDataAccessLog(requestId: \"" + id + "\")"
                        + " { field accessedBy actorRole accessedAt } }").execute()
                .path("personalDataAccessLog").entityList(Map.class).satisfies(entries -> assertThat(entries)
                        .extracting(entry -> entry.get("accessedBy") + "/" + entry.get("actorRole") + "/" + entry.get("field"))
                        .contains("auditor/AUDITOR/citizen", "jana.novakova/STAFF/citizen",
                                "jana.novakova/STAFF/description"));
    }

    private String register(String citizenName) {
        var input = new HashMap<String, Object>(Map.of("municipalityCode", "583120", "agendaCode", "PORADENSTVI",
                "kind", "REQUEST", "channel", "PHONE", "subject", "Dotaz", "description", "Popis",
                "citizen", Map.of("name", citizenName)));
        return GraphQlClient.over(port).documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request.id").entity(String.class).get();
    }

    private int dataKeys(String requestId) {
        return jdbc.queryForObject("select count(*) from subject_key where subject_id = ?", Integer.class, requestId);
    }

    private String[] allTables() {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE'", String.class).toArray(String[]::new);
    }

    /** Scans every row of the tables, binary columns read as UTF-8, for any of the secrets. */
    private List<String> occurrences(List<String> secrets, String... tables) {
        var found = new ArrayList<String>();
        for (String table : tables) {
            jdbc.query("select * from " + table, row -> {
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    secrets.stream().filter(text::contains).forEach(secret -> found.add(table + ": " + secret));
                }
            });
        }
        return found;
    }
}
