package cz.css.ledger.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Test steps that read like the CSS's work: register, then act on the request through GraphQL. */
final class Ledger {
    static final String IVANCICE = "583120";
    static final String NOVA_VES = "583502";

    private final GraphQlTester graphQl;

    Ledger(GraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    static Map<String, Object> faultReport(String municipality, String agenda, String subject) {
        var input = new HashMap<String, Object>();
        input.put("municipalityCode", municipality);
        input.put("agendaCode", agenda);
        input.put("kind", "FAULT_OR_EMERGENCY");
        input.put("channel", "PHONE");
        input.put("subject", subject);
        input.put("description", "Nesvítí lampa před domem č. 12, volala paní Svobodová.");
        input.put("urgency", "HIGH");
        input.put("citizen", Map.of("name", "Petra Svobodová", "phone", "+420 603 111 222"));
        return input;
    }

    Map<String, Object> register(Map<String, Object> input) {
        return graphQl.documentName("registerRequest").variable("input", input).execute()
                .path("registerRequest.request").entity(Map.class).get();
    }

    Map<String, Object> registerFaultIn(String municipality, String agenda) {
        return register(faultReport(municipality, agenda, "Nesvítí veřejné osvětlení " + UUID.randomUUID()));
    }

    /** Runs a mutation whose input is the request id plus the given fields; answers the request after it. */
    Map<String, Object> act(String mutation, String requestId, Object... fields) {
        return response(mutation, requestId, fields).path(mutation + ".request").entity(Map.class).get();
    }

    GraphQlTester.Response response(String mutation, String requestId, Object... fields) {
        var input = new HashMap<String, Object>();
        input.put("requestId", requestId);
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return graphQl.documentName(mutation).variable("input", input).execute();
    }

    Map<String, Object> detail(String requestId) {
        return graphQl.documentName("requestDetail").variable("id", requestId).execute()
                .path("request").entity(Map.class).get();
    }
}
