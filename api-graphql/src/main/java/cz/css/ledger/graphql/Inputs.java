package cz.css.ledger.graphql;

import cz.css.ledger.api.CloseOutcome;
import cz.css.ledger.api.MayorContactMethod;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.Urgency;
import cz.css.ledger.api.Channel;

/** The GraphQL input types, bound by name from the schema. */
final class Inputs {
    private Inputs() {
    }

    record CitizenInput(String name, String email, String phone, String postalAddress) {
    }

    record RegisterRequestInput(String idempotencyKey, String municipalityCode, String agendaCode, RequestKind kind,
            Channel channel, String subject, String description, Urgency urgency, CitizenInput citizen,
            String receivedAt) {
    }

    record AssignRequestInput(String requestId, String assignee) {
    }

    record AddInternalNoteInput(String requestId, String note) {
    }

    record ReclassifyRequestInput(String requestId, String municipalityCode, String agendaCode, RequestKind kind,
            String reason) {
    }

    record ResolveByCssInput(String requestId, String resolution) {
    }

    record InformMayorInput(String requestId, String mayorName, MayorContactMethod method, String informedAt,
            String message) {
    }

    record RouteToMunicipalityInput(String requestId, String recipient, String reason) {
    }

    record PrepareSupportingDocumentsInput(String requestId, String documents) {
    }

    record RecordMunicipalityResolutionInput(String requestId, String outcome) {
    }

    record RecordReturnToCssInput(String requestId, String reason) {
    }

    record NotifyCitizenInput(String requestId, NotificationChannel channel, String message) {
    }

    record CloseRequestInput(String requestId, CloseOutcome outcome, String summary) {
    }

    record ReopenRequestInput(String requestId, String reason) {
    }

    record WithdrawRequestInput(String requestId, String reason) {
    }

    record DeclineRequestInput(String requestId, String referralAdvice) {
    }

    record DefineAgendaInput(String code, String name, String description) {
    }

    record JoinMunicipalityInput(String code, String name, String mayorName) {
    }

    record AgreeAgendaInput(String municipalityCode, String agendaCode, String agreedOn, String occasion) {
    }

    record EndAgendaAgreementInput(String municipalityCode, String agendaCode, String endedOn, String reason) {
    }

    record QueueFilterInput(java.util.List<cz.css.ledger.api.RequestStatus> statuses, String municipalityCode,
            String agendaCode, RequestKind kind, String assignee, Urgency urgency, String text) {
    }
}
