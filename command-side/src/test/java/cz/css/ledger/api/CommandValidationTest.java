package cz.css.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandValidationTest {
    private static final String ID = "3f2b8c1e-5d4a-4b6f-9a7e-0c1d2e3f4a5b";
    private static final MunicipalityCode IVANCICE = MunicipalityCode.of("583286");
    private static final AgendaCode WASTE = AgendaCode.of("WASTE_COLLECTION");
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final CitizenContact CITIZEN = new CitizenContact("Jana Dvořáková", null, null, null);
    private static final PersonalText DESCRIPTION = PersonalText.of("Kontejner u školy nebyl vyvezen.");

    /** Each command built with the given text in one required text component, and that component's name. */
    static Stream<Arguments> requiredText() {
        return Stream.of(
                required("AssignRequestCommand.assignee", "assignee", t -> new AssignRequestCommand(ID, t)),
                required("AddInternalNoteCommand.note", "note", t -> new AddInternalNoteCommand(ID, t)),
                required("ResolveByCssCommand.resolution", "resolution", t -> new ResolveByCssCommand(ID, t)),
                required("InformMayorCommand.mayorName", "mayor's name",
                        t -> new InformMayorCommand(ID, t, MayorContactMethod.PHONE, NOW, "Vyřízeno.")),
                required("InformMayorCommand.message", "what the mayor was told",
                        t -> new InformMayorCommand(ID, "Milan Buček", MayorContactMethod.PHONE, NOW, t)),
                required("RouteToMunicipalityCommand.recipient", "recipient office or person",
                        t -> new RouteToMunicipalityCommand(ID, t, "Svoz objednává obec.")),
                required("RouteToMunicipalityCommand.reason", "reason for routing",
                        t -> new RouteToMunicipalityCommand(ID, "Odbor životního prostředí", t)),
                required("PrepareSupportingDocumentsCommand.documents", "description of the documents",
                        t -> new PrepareSupportingDocumentsCommand(ID, t)),
                required("RecordMunicipalityResolutionCommand.outcome", "outcome",
                        t -> new RecordMunicipalityResolutionCommand(ID, t)),
                required("RecordReturnToCssCommand.reason", "reason", t -> new RecordReturnToCssCommand(ID, t)),
                required("NotifyCitizenCommand.message", "message to the citizen",
                        t -> new NotifyCitizenCommand(ID, NotificationChannel.EMAIL, t)),
                required("ReopenRequestCommand.reason", "reason", t -> new ReopenRequestCommand(ID, t)),
                required("DeclineRequestCommand.referralAdvice", "referral advice",
                        t -> new DeclineRequestCommand(ID, t)),
                required("RegisterRequestCommand.subject", "subject", t -> register(t, "petra.novakova")),
                required("RegisterRequestCommand.registeredBy", "registering staff member",
                        t -> register("Nevyvezený kontejner", t)),
                required("DefineAgendaCommand.name", "agenda name", t -> new DefineAgendaCommand(WASTE, t, null)),
                required("JoinMunicipalityCommand.name", "municipality name",
                        t -> new JoinMunicipalityCommand(IVANCICE, t, null)))
                .flatMap(command -> Stream.of(null, "", "   ")
                        .map(blank -> Arguments.of(command.get()[0], command.get()[1], blank)));
    }

    private static Arguments required(String name, String what, Function<String, Object> command) {
        return Arguments.of(named(name, command), what);
    }

    @ParameterizedTest(name = "{0} refuses \"{2}\"")
    @MethodSource("requiredText")
    void commandsRefuseBlankRequiredText(Function<String, Object> command, String what, String blank) {
        assertThatThrownBy(() -> command.apply(blank))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The " + what + " must not be empty")
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
    }

    static Stream<Arguments> requiredValues() {
        return Stream.of(
                missing("CloseRequestCommand.outcome", "outcome", () -> new CloseRequestCommand(ID, null, null)),
                missing("NotifyCitizenCommand.channel", "notification channel",
                        () -> new NotifyCitizenCommand(ID, null, "Vyřízeno.")),
                missing("InformMayorCommand.method", "how the mayor was informed",
                        () -> new InformMayorCommand(ID, "Milan Buček", null, NOW, "Vyřízeno.")),
                missing("InformMayorCommand.informedAt", "when the mayor was informed",
                        () -> new InformMayorCommand(ID, "Milan Buček", MayorContactMethod.PHONE, null, "Vyřízeno.")),
                missing("ReclassifyRequestCommand.kind", "kind",
                        () -> new ReclassifyRequestCommand(ID, IVANCICE, WASTE, null, null)),
                missing("ReclassifyRequestCommand.municipality", "municipality",
                        () -> new ReclassifyRequestCommand(ID, null, WASTE, RequestKind.REQUEST, null)),
                missing("RegisterRequestCommand.description", "description",
                        () -> new RegisterRequestCommand(ID, null, IVANCICE, WASTE, RequestKind.REQUEST,
                                Channel.PHONE, "Nevyvezený kontejner", null, null, CITIZEN, "petra.novakova", NOW)),
                missing("RegisterRequestCommand.receivedAt", "time of receipt",
                        () -> new RegisterRequestCommand(ID, null, IVANCICE, WASTE, RequestKind.REQUEST,
                                Channel.PHONE, "Nevyvezený kontejner", DESCRIPTION, null, CITIZEN, "petra.novakova",
                                null)),
                missing("AgreeAgendaCommand.agreedOn", "day of agreement",
                        () -> new AgreeAgendaCommand(IVANCICE, WASTE, null, null)),
                missing("EndAgendaAgreementCommand.endedOn", "day the agreement ends",
                        () -> new EndAgendaAgreementCommand(IVANCICE, WASTE, null, null)));
    }

    private static Arguments missing(String name, String what, ThrowingCallable command) {
        return Arguments.of(named(name, command), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredValues")
    void commandsRefuseMissingRequiredValues(ThrowingCallable command, String what) {
        assertThatThrownBy(command)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The " + what + " is required");
    }

    @Test
    void requestIdIsRequired() {
        assertThatThrownBy(() -> new AssignRequestCommand("  ", "petra.novakova"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The request id is required");
    }

    @Test
    void requestIdMustBeUuid() {
        assertThatThrownBy(() -> new WithdrawRequestCommand("CSS-2026-000001", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The request id 'CSS-2026-000001' is not a UUID");
    }

    @Test
    void requestIdIsNormalisedSoTheSameRequestIsAlwaysTheSameAggregate() {
        var command = new AssignRequestCommand(" 3F2B8C1E-5D4A-4B6F-9A7E-0C1D2E3F4A5B ", "petra.novakova");
        assertThat(command.requestId()).isEqualTo(ID);
    }

    @Test
    void optionalTextMayBeLeftBlank() {
        assertThat(new WithdrawRequestCommand(ID, "  ").reason()).isNull();
        assertThat(new CloseRequestCommand(ID, CloseOutcome.RESOLVED, "").summary()).isNull();
        assertThat(new ReclassifyRequestCommand(ID, IVANCICE, WASTE, RequestKind.COMPLAINT, " ").reason()).isNull();
    }

    @Test
    void registrationDefaultsToNormalUrgencyAndNoIdempotencyKey() {
        var command = new RegisterRequestCommand(ID, " ", IVANCICE, WASTE, RequestKind.REQUEST, Channel.DATA_BOX,
                " Nevyvezený kontejner ", DESCRIPTION, null, CITIZEN, "petra.novakova", NOW);
        assertThat(command.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(command.idempotencyKey()).isNull();
        assertThat(command.subject()).isEqualTo("Nevyvezený kontejner");
    }

    @Test
    void registrationRefusesSubjectLongerThan200Characters() {
        assertThatThrownBy(() -> register("x".repeat(201), "petra.novakova"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The subject is 201 characters long; at most 200 are allowed");
    }

    private static RegisterRequestCommand register(String subject, String registeredBy) {
        return new RegisterRequestCommand(ID, null, IVANCICE, WASTE, RequestKind.REQUEST, Channel.PHONE, subject,
                DESCRIPTION, Urgency.HIGH, CITIZEN, registeredBy, NOW);
    }
}
