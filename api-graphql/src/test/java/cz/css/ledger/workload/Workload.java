package cz.css.ledger.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic request lifecycles for load: which municipality and agenda a request comes in, which
 * path it takes (resolved by the CSS and the mayor informed, routed to the municipality, returned,
 * declined, withdrawn, reopened, or still open), as GraphQL mutation names and inputs. The same
 * plan runs through GraphQL ({@link Mutations#document}) or the command bus ({@link Mutations#command}).
 */
public final class Workload {
    /** One change to a request: the GraphQL mutation and its input (without the request id). */
    public record Step(String mutation, Map<String, Object> input) {
    }

    /**
     * A request's registration and the steps of its life, in order; {@code shape} names the path taken;
     * {@code survey} is the citizen's answer to the satisfaction survey offered after the last closing,
     * or null where none was offered or answered.
     */
    public record Plan(String shape, Map<String, Object> registration, List<Step> steps, SurveyAnswer survey) {
    }

    /** The citizen's answer to the satisfaction survey: score 1-5 and whether the matter was resolved. */
    public record SurveyAnswer(int score, String resolved) {
    }

    /** Mikroregion Ivančicko (the demo catalogue): members and the agendas each agreed to. */
    static final List<String> ALL_AGENDAS = List.of("PORUCHY", "PORADENSTVI", "ZADOSTI", "DOTACE", "ZAKAZKY",
            "TURISMUS", "AKCE", "PRACE", "ROZVOJ");
    static final List<String> SMALL_AGENDAS = List.of("PORUCHY", "PORADENSTVI", "ZADOSTI", "DOTACE", "AKCE", "ROZVOJ");
    static final Map<String, List<String>> MEMBERS = Map.ofEntries(
            Map.entry("583120", ALL_AGENDAS), Map.entry("583588", ALL_AGENDAS), Map.entry("582956", ALL_AGENDAS),
            Map.entry("582832", SMALL_AGENDAS), Map.entry("582930", SMALL_AGENDAS), Map.entry("583022", SMALL_AGENDAS),
            Map.entry("583201", SMALL_AGENDAS), Map.entry("583375", SMALL_AGENDAS), Map.entry("583421", SMALL_AGENDAS),
            Map.entry("583481", SMALL_AGENDAS), Map.entry("583502", SMALL_AGENDAS), Map.entry("583511", SMALL_AGENDAS));
    static final Map<String, String> MAYORS = Map.of("583120", "Milan Buček", "583588", "Vít Uhlíř",
            "582956", "Jiří Kosek");
    private static final List<String> CODES = MEMBERS.keySet().stream().sorted().toList();
    /** Larger towns hand in more requests. */
    private static final List<String> WEIGHTED_CODES = weighted();

    private static final String[] KINDS = {"REQUEST", "SUGGESTION", "COMPLAINT", "INFORMATION_REQUEST",
            "FAULT_OR_EMERGENCY", "OTHER"};
    private static final String[] CHANNELS = {"IN_PERSON", "PHONE", "EMAIL", "LETTER", "WEB_FORM", "DATA_BOX"};
    private static final String[] URGENCIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "EMERGENCY"};
    private static final String[] SUBJECTS = {"Nesvítí veřejné osvětlení v ulici Zámecká",
            "Dotaz na dotaci na výměnu kotle", "Stížnost na hluk z provozovny", "Výmol na silnici u zastávky",
            "Žádost o informace k územnímu plánu", "Podnět: cyklostezka podél Jihlavy",
            "Pomoc s vyplněním žádosti o příspěvek", "Nabídka brigády na sezónu", "Pozvánka na vinobraní",
            "Přeplněné kontejnery na tříděný odpad"};
    private static final String[] NAMES = {"Petra Svobodová", "Jan Dvořák", "Marie Nováková", "Tomáš Procházka",
            "Eva Kučerová", "Jiří Veselý", "Lucie Horáková", "Pavel Černý"};
    private static final String[] STAFF = {"jana.novakova", "petr.maly", "vedouci"};
    private static final int[] SCORES = {5, 5, 5, 4, 4, 4, 3, 3, 2, 1};

    private Workload() {
    }

    /** A new request's plan; the idempotency key may be null. */
    public static Plan plan(Random random, String idempotencyKey) {
        int dice = random.nextInt(100);
        String shape;
        List<Step> steps = new ArrayList<>();
        boolean outsideAgreedAgendas = false;
        if (dice < 36) {
            shape = "css-resolved";
            maybeAssign(random, steps);
            maybeNote(random, steps);
            resolveAndInformMayor(random, steps);
            steps.add(step("notifyCitizen", "channel", "EMAIL", "message", "Vaše žádost byla vyřízena."));
            steps.add(step("closeRequest", "outcome", "RESOLVED", "summary", "Vyřízeno CSS, starosta informován"));
        } else if (dice < 63) {
            shape = "routed";
            maybeAssign(random, steps);
            steps.add(step("routeToMunicipality", "recipient", "Odbor správy majetku", "reason", "Věc obce"));
            if (random.nextBoolean()) {
                steps.add(step("prepareSupportingDocuments", "documents", "Fotodokumentace, situační plánek"));
            }
            steps.add(step("recordMunicipalityResolution", "outcome", "Opraveno technickými službami"));
            steps.add(step("notifyCitizen", "channel", "PHONE", "message", "Obec závadu odstranila."));
            steps.add(step("closeRequest", "outcome", "RESOLVED", "summary", "Vyřízeno obcí"));
        } else if (dice < 70) {
            shape = "routed-returned";
            steps.add(step("routeToMunicipality", "recipient", "Starosta", "reason", "Rozhodnutí obce"));
            steps.add(step("recordReturnToCss", "reason", "Obec není příslušná, vyřídí CSS"));
            resolveAndInformMayor(random, steps);
            steps.add(step("closeRequest", "outcome", "PARTLY_RESOLVED", "summary", "Vyřízeno po vrácení"));
        } else if (dice < 80) {
            shape = "declined";
            outsideAgreedAgendas = true;
            steps.add(step("declineRequest", "referralAdvice", "Obraťte se na krajský úřad, odbor dopravy."));
            steps.add(step("notifyCitizen", "channel", "LETTER", "message", "Doporučení, kam se obrátit."));
            if (random.nextBoolean()) {
                steps.add(step("closeRequest", "outcome", "NOT_COMPETENT", "summary", "Mimo sjednané agendy"));
            }
        } else if (dice < 86) {
            shape = "withdrawn";
            maybeAssign(random, steps);
            steps.add(step("withdrawRequest", "reason", "Občan věc vyřešil sám"));
        } else if (dice < 91) {
            shape = "reopened";
            resolveAndInformMayor(random, steps);
            steps.add(step("closeRequest", "outcome", "RESOLVED", "summary", "Vyřízeno"));
            steps.add(step("reopenRequest", "reason", "Závada se opakuje"));
            maybeAssign(random, steps);
            resolveAndInformMayor(random, steps);
            steps.add(step("closeRequest", "outcome", "RESOLVED", "summary", "Vyřízeno podruhé"));
        } else {
            shape = "open";
            maybeAssign(random, steps);
            maybeNote(random, steps);
        }
        boolean closed = !steps.isEmpty() && steps.get(steps.size() - 1).mutation().equals("closeRequest");
        return new Plan(shape, registration(random, idempotencyKey, outsideAgreedAgendas), steps,
                closed ? surveyAnswer(random) : null);
    }

    /** About half the citizens of a closed request answer the survey, mostly satisfied. */
    private static SurveyAnswer surveyAnswer(Random random) {
        if (random.nextInt(100) >= 55) {
            return null;
        }
        int score = SCORES[random.nextInt(SCORES.length)];
        return new SurveyAnswer(score, score >= 4 ? "YES" : score == 3 ? "PARTLY" : random.nextBoolean() ? "NO"
                : "DONT_KNOW");
    }

    /** Registration input of a request; outside the agreed agendas when it is to be declined. */
    public static Map<String, Object> registration(Random random, String idempotencyKey, boolean outsideAgreed) {
        String municipality = WEIGHTED_CODES.get(random.nextInt(WEIGHTED_CODES.size()));
        List<String> agreed = MEMBERS.get(municipality);
        String agenda;
        if (outsideAgreed) {
            agenda = agreed == ALL_AGENDAS ? "OSTATNI" : List.of("TURISMUS", "ZAKAZKY", "PRACE", "OSTATNI").get(
                    random.nextInt(4));
        } else {
            agenda = agreed.get(random.nextInt(agreed.size()));
        }
        var citizen = new HashMap<String, Object>();
        citizen.put("name", NAMES[random.nextInt(NAMES.length)]);
        if (random.nextBoolean()) {
            citizen.put("email", "obcan" + random.nextInt(100_000) + "@example.cz");
        } else {
            citizen.put("phone", "+420 6" + (10_000_000 + random.nextInt(89_999_999)));
        }
        var input = new HashMap<String, Object>();
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        input.put("municipalityCode", municipality);
        input.put("agendaCode", agenda);
        input.put("kind", KINDS[random.nextInt(KINDS.length)]);
        input.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        input.put("subject", SUBJECTS[random.nextInt(SUBJECTS.length)]);
        input.put("description", "Občan popsal situaci podrobně: " + SUBJECTS[random.nextInt(SUBJECTS.length)]
                + ", trvá to už " + (1 + random.nextInt(30)) + " dní.");
        input.put("urgency", URGENCIES[random.nextInt(URGENCIES.length)]);
        input.put("citizen", citizen);
        input.put("receivedAt", Instant.now().minusSeconds(random.nextInt(3600)).toString());
        return input;
    }

    private static void resolveAndInformMayor(Random random, List<Step> steps) {
        steps.add(step("resolveByCss", "resolution", "Vyřízeno telefonicky, poskytnuta informace"));
        steps.add(step("informMayor", "mayorName", "Starosta obce", "method",
                random.nextBoolean() ? "EMAIL" : "PHONE", "message", "Informace o vyřízení podnětu"));
    }

    private static void maybeAssign(Random random, List<Step> steps) {
        if (random.nextInt(10) < 6) {
            steps.add(step("assignRequest", "assignee", STAFF[random.nextInt(STAFF.length)]));
        }
    }

    private static void maybeNote(Random random, List<Step> steps) {
        if (random.nextInt(10) < 2) {
            steps.add(step("addInternalNote", "note", "Volala znovu, urgovala."));
        }
    }

    static Step step(String mutation, Object... fields) {
        var input = new HashMap<String, Object>();
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return new Step(mutation, input);
    }

    private static List<String> weighted() {
        var codes = new ArrayList<String>();
        for (String code : CODES) {
            int weight = MEMBERS.get(code) == ALL_AGENDAS ? 5 : 1;
            for (int i = 0; i < weight; i++) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
