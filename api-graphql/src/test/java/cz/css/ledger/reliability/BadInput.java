package cz.css.ledger.reliability;

import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.Workload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates GraphQL requests that must all be refused: malformed JSON, broken documents, wrong
 * types, missing and extra fields, huge and odd Unicode strings, invalid ids and codes, deep
 * nesting and expensive selections. None of them may change the store: every registration carries
 * at least one defect that refuses it, every other mutation targets a request that does not exist
 * or is not the caller's to change. Generated text never holds upper-case ASCII, so an echoed input
 * cannot be mistaken for a leaked stack trace or SQL.
 */
final class BadInput {
    /** One request as sent: a raw body (maybe not JSON at all) and its content type. */
    record Case(String kind, String body, String contentType) {
    }

    private static final String[] REQUEST_MUTATIONS = {"assignRequest", "addInternalNote", "reclassifyRequest",
            "resolveByCss", "informMayor", "routeToMunicipality", "prepareSupportingDocuments",
            "recordMunicipalityResolution", "recordReturnToCss", "notifyCitizen", "closeRequest", "reopenRequest",
            "withdrawRequest", "declineRequest"};
    /** For the other mutations, a valid input besides the request id. */
    private static final Map<String, Map<String, Object>> VALID_INPUTS = Map.ofEntries(
            Map.entry("assignRequest", Map.of("assignee", "petr.maly")),
            Map.entry("addInternalNote", Map.of("note", "poznámka")),
            Map.entry("reclassifyRequest", Map.of("municipalityCode", "583588", "agendaCode", "PORUCHY",
                    "kind", "COMPLAINT", "reason", "oprava")),
            Map.entry("resolveByCss", Map.of("resolution", "vyřízeno")),
            Map.entry("informMayor", Map.of("mayorName", "starosta", "method", "EMAIL", "message", "zpráva")),
            Map.entry("routeToMunicipality", Map.of("recipient", "obec", "reason", "věc obce")),
            Map.entry("prepareSupportingDocuments", Map.of("documents", "podklady")),
            Map.entry("recordMunicipalityResolution", Map.of("outcome", "hotovo")),
            Map.entry("recordReturnToCss", Map.of("reason", "vráceno")),
            Map.entry("notifyCitizen", Map.of("channel", "EMAIL", "message", "zpráva")),
            Map.entry("closeRequest", Map.of("outcome", "RESOLVED", "summary", "shrnutí")),
            Map.entry("reopenRequest", Map.of("reason", "znovu")),
            Map.entry("withdrawRequest", Map.of("reason", "stažení")),
            Map.entry("declineRequest", Map.of("referralAdvice", "krajský úřad")));
    private static final String[] ODD = {"\u0000", "\u0007", "\u001b[31m", "\u200b", "\u200f", "\u202e", "\ufeff",
            "\uffff", "\ud800", "\udfff", "\ud83d\ude00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "e\u0301\u0301\u0301",
            "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u6587", "\u00e1\u010d\u0159\u017e", "'; drop table x; --",
            "\" or 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%s%s%n", "../../etc/passwd", "\\",
            "\u0085", "\u2028\u2029", "\ud835\udcb3\ud835\udcb4", "\u0e01\u0e34\u0e4a\u0e01\u0e34\u0e4a"};

    private static final JsonMapper UTF8 = JsonMapper.builder().build();

    private final Random random;

    BadInput(long seed) {
        random = new Random(seed);
    }

    List<Case> generate(int count) {
        List<Case> cases = new ArrayList<>(count);
        while (cases.size() < count) {
            int dice = random.nextInt(100);
            if (dice < 22) {
                cases.add(badRegistration());
            } else if (dice < 50) {
                cases.add(badRequestMutation());
            } else if (dice < 60) {
                cases.add(badQuery());
            } else if (dice < 70) {
                cases.add(brokenDocument());
            } else if (dice < 80) {
                cases.add(malformedBody());
            } else if (dice < 88) {
                cases.add(expensiveOrDeep());
            } else if (dice < 94) {
                cases.add(notOursToChange());
            } else {
                cases.add(badVariablesShape());
            }
        }
        return cases;
    }

    /** A registration with at least one defect that refuses it, maybe with odd text elsewhere. */
    private Case badRegistration() {
        Map<String, Object> input = new HashMap<>(Workload.registration(random, null, false));
        sprinkleOddText(input);
        String defect = switch (random.nextInt(9)) {
            case 0 -> wrongType(input, pick("municipalityCode", "agendaCode", "kind", "channel", "subject",
                    "description", "urgency", "citizen", "receivedAt"));
            case 1 -> remove(input, pick("municipalityCode", "agendaCode", "kind", "channel", "subject", "description"));
            case 2 -> nullify(input, pick("municipalityCode", "agendaCode", "kind", "channel", "subject", "description"));
            case 3 -> extra(input);
            case 4 -> put(input, pick("kind", "channel", "urgency"), odd(1 + random.nextInt(20)), "invalid enum");
            case 5 -> put(input, pick("municipalityCode", "agendaCode"), oddCode(), "invalid code");
            case 6 -> put(input, pick("subject", "description", "idempotencyKey"), odd(10_001 + random.nextInt(60_000)),
                    "too long");
            case 7 -> put(input, "receivedAt", pick("včera", "2026-13-45T99:99:99Z", "x" + odd(8), "1e309", ""), "bad time");
            default -> put(input, "citizen", pick(Map.of("phone", "   "), Map.of("email", "není-email"), Map.of("name", "  ")),
                    "bad citizen");
        };
        if (defect.equals("bad time") && "".equals(input.get("receivedAt"))) {
            // an empty time means now: that alone would register, so add a second defect
            remove(input, "subject");
        }
        return json("register/" + defect, Mutations.document("registerRequest"), Map.of("input", input));
    }

    /** A lifecycle mutation for a request that does not exist, or with an invalid id or a defect. */
    private Case badRequestMutation() {
        String mutation = pick(REQUEST_MUTATIONS);
        Map<String, Object> input = new HashMap<>(VALID_INPUTS.get(mutation));
        input.put("requestId", UUID.randomUUID().toString());
        String defect = switch (random.nextInt(7)) {
            case 0 -> "unknown request";
            case 1 -> put(input, "requestId", pick(odd(1 + random.nextInt(40)), "", "123", "null",
                    UUID.randomUUID() + "x", odd(20_000)), "invalid id");
            case 2 -> wrongType(input, pick(input.keySet().toArray(String[]::new)));
            case 3 -> remove(input, pick(input.keySet().toArray(String[]::new)));
            case 4 -> extra(input);
            case 5 -> put(input, pick(input.keySet().toArray(String[]::new)), odd(1 + random.nextInt(5_000)), "odd text");
            default -> put(input, pick(input.keySet().toArray(String[]::new)), odd(10_001 + random.nextInt(50_000)),
                    "too long");
        };
        return json(mutation + "/" + defect, Mutations.document(mutation), Map.of("input", input));
    }

    private Case badQuery() {
        return switch (random.nextInt(8)) {
            case 0 -> json("request/invalid id", "query($id: ID!) { request(id: $id) { id status timeline { summary } } }",
                    Map.of("id", pick(odd(1 + random.nextInt(50)), UUID.randomUUID().toString(), "", odd(30_000))));
            case 1 -> json("requestByNumber/odd", "query($n: String!) { requestByNumber(registrationNumber: $n) { id } }",
                    Map.of("n", pick(odd(1 + random.nextInt(50)), "css-2026-" + random.nextInt(), "", odd(20_000))));
            case 2 -> json("requests/bad filter", "query($f: QueueFilterInput) { requests(filter: $f) { totalCount } }",
                    Map.of("f", Map.of(pick("statuses", "municipalityCode", "agendaCode", "kind", "assignee", "urgency",
                            "text", "bogus"), oddValue())));
            case 3 -> json("requests/bad page", "query($first: Int, $after: String) { requests(first: $first, after: $after)"
                    + " { edges { cursor } } }", pageVariables());
            case 4 -> json("requests/wrong type", "query($first: Int) { requests(first: $first) { totalCount } }",
                    Map.of("first", pick("twenty", 1e20, List.of(1), Map.of("a", 1), true, 2147483648L)));
            case 5 -> raw("requests/inline", "{ requests(first: " + pick("-1", "0", "101", "99999999999", "\"1\"", "null",
                    "1.5", "[1]") + ") { totalCount } }");
            case 6 -> json("personalDataAccessLog/not a supervisor",
                    "query($id: ID) { personalDataAccessLog(requestId: $id) { field } }",
                    Map.of("id", odd(1 + random.nextInt(30))));
            default -> raw("unknown field", "{ " + pick("requestz", "__typenamez", "agendas { bogus }", "request { id }",
                    "municipalities(code: 1) { code }", "requests { edges { node { nonexistent } } }") + " }");
        };
    }

    /** A valid document cut or bitten at a random place. */
    private Case brokenDocument() {
        String document = pick(Mutations.document(pick(REQUEST_MUTATIONS)), Mutations.document("registerRequest"),
                "{ requests(first: 5) { edges { node { id status timeline { summary } } } totalCount } }",
                "{ municipalities { code agreedAgendas { agendaCode } } }");
        StringBuilder broken = new StringBuilder(document);
        int bites = 1 + random.nextInt(4);
        for (int i = 0; i < bites && broken.length() > 1; i++) {
            int at = random.nextInt(broken.length());
            switch (random.nextInt(4)) {
                case 0 -> broken.setLength(at);
                case 1 -> broken.deleteCharAt(at);
                case 2 -> broken.insert(at, pick("{", "}", "(", ")", "$", "\"", "#", ":", "!", "...", "@", odd(1)));
                default -> broken.setCharAt(at, pick("{", "}", "\"", "!", "\u0000", "\\").charAt(0));
            }
        }
        var variables = Map.<String, Object>of("input", Map.of("requestId", UUID.randomUUID().toString()));
        return json("broken document", broken.toString(), variables);
    }

    private Case malformedBody() {
        String valid = "{\"query\":\"{ agendas { code } }\"}";
        return switch (random.nextInt(14)) {
            case 0 -> new Case("malformed/truncated", valid.substring(0, random.nextInt(valid.length() - 1)),
                    "application/json");
            case 1 -> new Case("malformed/garbage", new String(randomBytes(1 + random.nextInt(300)),
                    StandardCharsets.ISO_8859_1), "application/json");
            case 2 -> new Case("malformed/empty", "", "application/json");
            case 3 -> new Case("malformed/not an object", pick("null", "[]", "42", "\"query\"", "true", "[{}]",
                    "[" + valid + "," + valid + "]"), "application/json");
            case 4 -> new Case("malformed/query not a string", "{\"query\":" + pick("5", "null", "[\"{ agendas { code } }\"]",
                    "{}", "true") + "}", "application/json");
            case 5 -> new Case("malformed/no query", "{\"variables\":{},\"operationName\":\"x\"}", "application/json");
            case 6 -> new Case("malformed/deep json", "{\"query\":\"query($v: String) { agendas { code } }\","
                    + "\"variables\":{\"v\":" + "[".repeat(2000 + random.nextInt(5000)) + "]".repeat(10) + "}}",
                    "application/json");
            case 7 -> new Case("malformed/trailing", valid + pick("x", "}", ",{}", valid), "application/json");
            case 8 -> new Case("malformed/content type", valid, pick("text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql"));
            case 9 -> new Case("malformed/comments", "{/*x*/\"query\":\"{ agendas { code } }\"}", "application/json");
            case 10 -> new Case("malformed/nan", "{\"query\":\"query($f: Int) { requests(first: $f) { totalCount } }\","
                    + "\"variables\":{\"f\":" + pick("NaN", "Infinity", "-0", "1e999", "0x10", "01") + "}}",
                    "application/json");
            case 11 -> new Case("malformed/duplicate keys", "{\"query\":\"{ agendas { code } }\",\"query\":\"mutation {"
                    + " x }\"}", "application/json");
            case 12 -> new Case("malformed/bad escapes", "{\"query\":\"{ agendas { code } }\\" + pick("x", "u12", "ud800",
                    "") + "\"}", "application/json");
            default -> new Case("malformed/huge", "{\"query\":\"{ agendas { code } }\",\"variables\":{\"x\":\""
                    + "\u00e1".repeat(100_000 + random.nextInt(100_000)) + "\"}}", "application/json");
        };
    }

    private Case expensiveOrDeep() {
        return switch (random.nextInt(7)) {
            case 0 -> raw("deep/introspection", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType"
                    + " { ofType { ofType { ofType { name } } } } } } } } } } }");
            case 1 -> {
                int depth = 20 + random.nextInt(3000);
                yield raw("deep/selection", "{ requests " + "{ edges ".repeat(depth) + "{ cursor }" + " }".repeat(depth)
                        + " }");
            }
            case 2 -> {
                StringBuilder aliases = new StringBuilder("{ ");
                int count = 200 + random.nextInt(3000);
                for (int i = 0; i < count; i++) {
                    aliases.append("a").append(i).append(": requests(first: 100) { edges { node { timeline { summary } } } } ");
                }
                yield raw("expensive/aliases", aliases.append("}").toString());
            }
            case 3 -> raw("fragment cycle", "{ requests { edges { node { ...a } } } } fragment a on Request { id ...b }"
                    + " fragment b on Request { status ...a }");
            case 4 -> raw("many operations", "query a { agendas { code } } query b { municipalities { code } }");
            case 5 -> raw("subscription over http", "subscription { queueChanges { id } }");
            default -> {
                String nested = "[".repeat(100 + random.nextInt(900)) + "1" + "]".repeat(100 + random.nextInt(900));
                yield raw("deep/list literal", "{ requests(filter: { statuses: " + nested + " }) { totalCount } }");
            }
        };
    }

    /** Mutations a staff member may not call at all: the catalogue and erasure belong to a supervisor. */
    private Case notOursToChange() {
        return switch (random.nextInt(5)) {
            case 0 -> raw("forbidden/define agenda", "mutation { defineAgenda(input: {code: \"FUZZ" + random.nextInt(1000)
                    + "\", name: \"x\"}) { agenda { code } } }");
            case 1 -> raw("forbidden/join", "mutation { joinMunicipality(input: {code: \"999" + (100 + random.nextInt(899))
                    + "\", name: \"x\"}) { municipality { code } } }");
            case 2 -> raw("forbidden/agree", "mutation { agreeAgenda(input: {municipalityCode: \"583502\","
                    + " agendaCode: \"TURISMUS\"}) { municipality { code } } }");
            case 3 -> raw("forbidden/end agreement", "mutation { endAgendaAgreement(input: {municipalityCode: \"583120\","
                    + " agendaCode: \"PORUCHY\"}) { municipality { code } } }");
            default -> json("forbidden/erase", "mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input)"
                    + " { request { id } } }", Map.of("input", Map.of("requestId", UUID.randomUUID().toString(),
                    "reason", "fuzz")));
        };
    }

    private Case badVariablesShape() {
        String document = Mutations.document(pick(REQUEST_MUTATIONS));
        String variables = pick("\"input\"", "[1,2]", "42", "{\"input\":null}", "{\"input\":\"text\"}", "{\"input\":[{}]}",
                "{}", "{\"input\":{\"requestId\":{\"$gt\":\"\"}}}");
        return new Case("variables shape", "{\"query\":" + RawGraphQl.JSON.writeValueAsString(document)
                + ",\"variables\":" + variables + "}", "application/json");
    }

    private Map<String, Object> pageVariables() {
        var variables = new HashMap<String, Object>();
        variables.put("first", pick(-1, 0, 101, Integer.MAX_VALUE, Integer.MIN_VALUE, 20));
        variables.put("after", pick(odd(1 + random.nextInt(40)), "", "bm90IGEgY3Vyc29y", "MjAyNi0wMS0wMVQwMDowMDowMFp8",
                "fA", "////", java.util.Base64.getUrlEncoder().encodeToString(("2026-01-01T00:00:00Z|"
                        + odd(5)).getBytes(StandardCharsets.UTF_8))));
        if (Integer.valueOf(20).equals(variables.get("first")) && "".equals(variables.get("after"))) {
            variables.put("first", 0);
        }
        return variables;
    }

    /** A value of another type than the field's: never a string, which a text field would accept. */
    private String wrongType(Map<String, Object> input, String field) {
        input.put(field, pick(42, -1.5e300, true, List.of(1, "x"), Map.of("nested", Map.of("deeper", List.of())),
                List.of(), Long.MAX_VALUE));
        return "wrong type of " + field;
    }

    private Object oddValue() {
        return pick(42, -1.5e300, true, List.of(1, "x"), Map.of("nested", Map.of("deeper", List.of())),
                List.of(), Long.MAX_VALUE, odd(1 + random.nextInt(10)));
    }

    private String remove(Map<String, Object> input, String field) {
        input.remove(field);
        return "missing " + field;
    }

    private String nullify(Map<String, Object> input, String field) {
        input.put(field, null);
        return "null " + field;
    }

    private String extra(Map<String, Object> input) {
        input.put(pick("bogus", "requestid", "__proto__", "constructor", odd(3)), oddValue());
        return "extra field";
    }

    private String put(Map<String, Object> input, String field, Object value, String defect) {
        input.put(field, value);
        return defect;
    }

    private void sprinkleOddText(Map<String, Object> input) {
        if (random.nextBoolean() && input.get("subject") instanceof String) {
            input.put("subject", odd(1 + random.nextInt(150)));
        }
        if (random.nextBoolean() && input.get("description") instanceof String) {
            input.put("description", odd(1 + random.nextInt(5_000)));
        }
    }

    private String oddCode() {
        return pick(odd(1 + random.nextInt(10)), "58312", "5831200", "\u0665\u0668\u0663\u0661\u0662\u0660",
                "583 120", "porUchy", "_x", "9", "");
    }

    /** Odd Unicode: controls, bidi marks, lone surrogates, emoji, scripts, injection-looking text; no upper-case ASCII. */
    String odd(int length) {
        StringBuilder text = new StringBuilder(length + 8);
        while (text.length() < length) {
            if (random.nextInt(4) == 0) {
                text.append(ODD[random.nextInt(ODD.length)]);
            } else {
                int codePoint = switch (random.nextInt(5)) {
                    case 0 -> 0x20 + random.nextInt(0x20);
                    case 1 -> 'a' + random.nextInt(26);
                    case 2 -> 0xa0 + random.nextInt(0x2000);
                    case 3 -> 0x1f300 + random.nextInt(0x300);
                    default -> 0x3040 + random.nextInt(0x6000);
                };
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Half of the bodies are sent as UTF-8 text, half with every non-ASCII character escaped. */
    private Case json(String kind, String document, Map<String, Object> variables) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        JsonMapper mapper = random.nextBoolean() ? RawGraphQl.JSON : UTF8;
        return new Case(kind, mapper.writeValueAsString(body), "application/json");
    }

    private Case raw(String kind, String document) {
        return json(kind, document, Map.of());
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
