package cz.css.ledger.workload;

import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.AssignRequestCommand;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.CloseRequestCommand;
import cz.css.ledger.api.DeclineRequestCommand;
import cz.css.ledger.api.InformMayorCommand;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.NotifyCitizenCommand;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.PrepareSupportingDocumentsCommand;
import cz.css.ledger.api.RecordMunicipalityResolutionCommand;
import cz.css.ledger.api.RecordReturnToCssCommand;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.ReopenRequestCommand;
import cz.css.ledger.api.RequestCommand;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.ResolveByCssCommand;
import cz.css.ledger.api.RouteToMunicipalityCommand;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.api.WithdrawRequestCommand;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/** A {@link Workload.Step} as a GraphQL document and variables, or as the command the mutation sends. */
public final class Mutations {
    public static final String REQUEST_FIELDS = "id registrationNumber status version";

    private Mutations() {
    }

    /** The event a mutation records when it is accepted (its simple class name). */
    public static String eventOf(String mutation) {
        return switch (mutation) {
            case "registerRequest" -> "RequestRegisteredEvent";
            case "assignRequest" -> "RequestAssignedEvent";
            case "addInternalNote" -> "InternalNoteAddedEvent";
            case "reclassifyRequest" -> "RequestReclassifiedEvent";
            case "resolveByCss" -> "RequestResolvedByCssEvent";
            case "informMayor" -> "MayorInformedEvent";
            case "routeToMunicipality" -> "RequestRoutedToMunicipalityEvent";
            case "prepareSupportingDocuments" -> "SupportingDocumentsPreparedEvent";
            case "recordMunicipalityResolution" -> "MunicipalityResolvedRequestEvent";
            case "recordReturnToCss" -> "RequestReturnedToCssEvent";
            case "notifyCitizen" -> "CitizenNotifiedEvent";
            case "closeRequest" -> "RequestClosedEvent";
            case "reopenRequest" -> "RequestReopenedEvent";
            case "withdrawRequest" -> "RequestWithdrawnEvent";
            case "declineRequest" -> "RequestDeclinedEvent";
            default -> throw new IllegalArgumentException("No event known for mutation " + mutation);
        };
    }

    /** The mutation's document, answering the request's id, number, status and version. */
    public static String document(String mutation) {
        String inputType = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        return "mutation " + mutation + "($input: " + inputType + "!) { " + mutation
                + "(input: $input) { request { " + REQUEST_FIELDS + " } } }";
    }

    /** The variables of a step for the given request. */
    public static Map<String, Object> variables(String requestId, Workload.Step step) {
        var input = new HashMap<String, Object>(step.input());
        input.put("requestId", requestId);
        return Map.of("input", input);
    }

    /** Metadata the GraphQL layer adds to every command: who sends it. */
    public static MetaData actor(String user) {
        return MetaData.from(Map.of("actor", user, "actorRole", "STAFF", "correlationId", UUID.randomUUID().toString()));
    }

    @SuppressWarnings("unchecked")
    public static RegisterRequestCommand registration(Map<String, Object> input, String registeredBy) {
        var citizen = (Map<String, Object>) input.get("citizen");
        Object receivedAt = input.get("receivedAt");
        return new RegisterRequestCommand(UUID.randomUUID().toString(), (String) input.get("idempotencyKey"),
                MunicipalityCode.of((String) input.get("municipalityCode")),
                AgendaCode.of((String) input.get("agendaCode")), RequestKind.valueOf((String) input.get("kind")),
                Channel.valueOf((String) input.get("channel")), (String) input.get("subject"),
                PersonalText.of((String) input.get("description")),
                Urgency.valueOf((String) input.getOrDefault("urgency", "NORMAL")),
                citizen == null ? null : new CitizenContact((String) citizen.get("name"), (String) citizen.get("email"),
                        (String) citizen.get("phone"), (String) citizen.get("postalAddress")),
                registeredBy, receivedAt == null ? Instant.now() : Instant.parse((String) receivedAt));
    }

    /** The command the step's mutation sends to the request. */
    public static RequestCommand command(String requestId, Workload.Step step) {
        Map<String, Object> in = step.input();
        return switch (step.mutation()) {
            case "assignRequest" -> new AssignRequestCommand(requestId, text(in, "assignee"));
            case "addInternalNote" -> new AddInternalNoteCommand(requestId, text(in, "note"));
            case "resolveByCss" -> new ResolveByCssCommand(requestId, text(in, "resolution"));
            case "informMayor" -> new InformMayorCommand(requestId, text(in, "mayorName"),
                    MayorContactMethod.valueOf(text(in, "method")), Instant.now(), text(in, "message"));
            case "routeToMunicipality" -> new RouteToMunicipalityCommand(requestId, text(in, "recipient"),
                    text(in, "reason"));
            case "prepareSupportingDocuments" -> new PrepareSupportingDocumentsCommand(requestId, text(in, "documents"));
            case "recordMunicipalityResolution" -> new RecordMunicipalityResolutionCommand(requestId,
                    text(in, "outcome"));
            case "recordReturnToCss" -> new RecordReturnToCssCommand(requestId, text(in, "reason"));
            case "notifyCitizen" -> new NotifyCitizenCommand(requestId, NotificationChannel.valueOf(text(in, "channel")),
                    text(in, "message"));
            case "closeRequest" -> new CloseRequestCommand(requestId, CloseOutcome.valueOf(text(in, "outcome")),
                    text(in, "summary"));
            case "reopenRequest" -> new ReopenRequestCommand(requestId, text(in, "reason"));
            case "withdrawRequest" -> new WithdrawRequestCommand(requestId, text(in, "reason"));
            case "declineRequest" -> new DeclineRequestCommand(requestId, text(in, "referralAdvice"));
            default -> throw new IllegalArgumentException("No command for mutation " + step.mutation());
        };
    }

    private static String text(Map<String, Object> input, String key) {
        return (String) input.get(key);
    }
}
