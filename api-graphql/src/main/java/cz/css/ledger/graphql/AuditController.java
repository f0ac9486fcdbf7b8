package cz.css.ledger.graphql;

import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.api.RecordPersonalDataAccessCommand;
import cz.css.ledger.api.UnknownEntityException;
import cz.css.ledger.audit.api.CheckpointView;
import cz.css.ledger.audit.api.FindLatestCheckpointQuery;
import cz.css.ledger.audit.api.FindProjectionStatusQuery;
import cz.css.ledger.audit.api.FindRequestAsOfQuery;
import cz.css.ledger.audit.api.FindRequestHistoryQuery;
import cz.css.ledger.audit.api.HistoryEventView;
import cz.css.ledger.audit.api.LedgerBreakView;
import cz.css.ledger.audit.api.LedgerVerificationView;
import cz.css.ledger.audit.api.ProjectionStatusView;
import cz.css.ledger.audit.api.PublishedCheckpoint;
import cz.css.ledger.audit.api.ReplayProjectionsCommand;
import cz.css.ledger.audit.api.RequestAsOfView;
import cz.css.ledger.audit.api.RequestHistoryView;
import cz.css.ledger.audit.api.VerifyLedgerQuery;
import cz.css.ledger.query.api.CitizenView;
import cz.css.ledger.security.LedgerUser;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The auditors' GraphQL: a request's history and its state at an instant (from the event store),
 * verification of the sealed ledger and its checkpoints, and the replay of projections.
 */
@Controller
class AuditController {
    /** A request's history: whoever may read the request (mayors for their own municipality). */
    static final String HISTORY_READERS = RequestQueryController.READERS;
    /** The sealed ledger: auditors and supervisors. */
    static final String LEDGER_VERIFIERS = "hasAnyRole('AUDITOR', 'SUPERVISOR')";
    /** Rebuilding projections changes read models: supervisors only. */
    static final String REPLAYERS = "hasRole('SUPERVISOR')";

    private final QueryGateway queries;
    private final CommandGateway commands;

    AuditController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @QueryMapping
    @PreAuthorize(HISTORY_READERS)
    CompletableFuture<RequestHistoryView> requestHistory(@Argument String id, Principal principal) {
        return history(id, LedgerUser.of(principal));
    }

    @QueryMapping
    @PreAuthorize(HISTORY_READERS)
    CompletableFuture<RequestAsOfView> requestAsOf(@Argument String id, @Argument String at, Principal principal) {
        Instant instant = instant(at);
        var user = LedgerUser.of(principal);
        return history(id, user).thenCompose(current -> queries.query(new FindRequestAsOfQuery(id, instant),
                        RequestAsOfView.class))
                .thenApply(state -> {
                    if (state == null) {
                        throw new UnknownEntityException("Request " + id + " had not been registered yet at " + at);
                    }
                    return state;
                });
    }

    @SchemaMapping(typeName = "HistoryEvent")
    String eventId(HistoryEventView event) {
        return event.eventIdentifier();
    }

    @SchemaMapping(typeName = "HistoryEvent")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    String payload(HistoryEventView event) {
        return event.payload();
    }

    @SchemaMapping(typeName = "RequestAsOf")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    CompletableFuture<CitizenView> citizen(RequestAsOfView state, Principal principal) {
        return logged(state, "citizen", principal).thenApply(logged -> new CitizenView(state.citizenName(),
                state.citizenEmail(), state.citizenPhone(), state.citizenPostalAddress()));
    }

    @SchemaMapping(typeName = "RequestAsOf")
    @PreAuthorize(RequestQueryController.PERSONAL_DATA_READERS)
    CompletableFuture<String> description(RequestAsOfView state, Principal principal) {
        return logged(state, "description", principal).thenApply(logged -> state.description());
    }

    /** Reading personal data as of an instant is logged like any other read of it. */
    private CompletableFuture<Object> logged(RequestAsOfView state, String field, Principal principal) {
        if (state.personalDataErased()) {
            return CompletableFuture.completedFuture(null);
        }
        return commands.send(new RecordPersonalDataAccessCommand(state.requestId(), field),
                Actor.of(principal).metaData());
    }

    @QueryMapping
    @PreAuthorize(LEDGER_VERIFIERS)
    CompletableFuture<LedgerVerificationView> verifyLedger(@Argument PublishedCheckpointInput published) {
        return queries.query(new VerifyLedgerQuery(published == null ? null : published.toCheckpoint()),
                LedgerVerificationView.class);
    }

    @SchemaMapping(typeName = "LedgerBreak")
    String aggregateId(LedgerBreakView broken) {
        return broken.aggregateIdentifier();
    }

    @QueryMapping
    @PreAuthorize(LEDGER_VERIFIERS)
    CompletableFuture<CheckpointView> ledgerCheckpoint(@Argument Boolean fresh) {
        return queries.query(new FindLatestCheckpointQuery(Boolean.TRUE.equals(fresh)), CheckpointView.class);
    }

    @QueryMapping
    @PreAuthorize(LEDGER_VERIFIERS)
    CompletableFuture<List<ProjectionStatusView>> projections() {
        return queries.query(new FindProjectionStatusQuery(),
                ResponseTypes.multipleInstancesOf(ProjectionStatusView.class));
    }

    @MutationMapping
    @PreAuthorize(REPLAYERS)
    CompletableFuture<ReplayPayload> replayProjections(@Argument ReplayProjectionsInput input, Principal principal) {
        String group = input == null || input.processingGroup() == null || input.processingGroup().isBlank() ? null
                : input.processingGroup().strip();
        return commands.<List<String>>send(new ReplayProjectionsCommand(group), Actor.of(principal).metaData())
                .thenCompose(started -> projections().thenApply(all -> new ReplayPayload(started, all)));
    }

    private CompletableFuture<RequestHistoryView> history(String id, LedgerUser user) {
        return queries.query(new FindRequestHistoryQuery(id), RequestHistoryView.class).thenApply(history -> {
            if (history == null) {
                throw new UnknownEntityException("No request " + id + " is in the event store");
            }
            MunicipalityScope.check(history.municipalityCode(), user);
            return history;
        });
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The instant '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-11-22T09:30:00Z");
        }
    }

    record PublishedCheckpointInput(long position, String headHash, String signedAt, String keyId,
            String signature) {
        PublishedCheckpoint toCheckpoint() {
            return new PublishedCheckpoint(position, headHash.strip(), signedAt, keyId, signature);
        }
    }

    record ReplayProjectionsInput(String processingGroup) {
    }

    record ReplayPayload(List<String> started, List<ProjectionStatusView> projections) {
    }
}
