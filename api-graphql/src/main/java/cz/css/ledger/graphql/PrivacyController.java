package cz.css.ledger.graphql;

import cz.css.ledger.api.ErasePersonalDataCommand;
import cz.css.ledger.graphql.RequestCommands.RequestPayload;
import cz.css.ledger.query.api.FindPersonalDataAccessQuery;
import cz.css.ledger.query.api.PersonalDataAccessView;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Erasure of a citizen's personal data and the personal-data access log, for the supervisor (DPO). */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class PrivacyController {
    private static final int MAX_LOG_ENTRIES = 1000;

    private final RequestCommands requests;
    private final QueryGateway queries;
    private final Clock clock;

    PrivacyController(RequestCommands requests, QueryGateway queries, Clock clock) {
        this.requests = requests;
        this.queries = queries;
        this.clock = clock;
    }

    record ErasePersonalDataInput(String requestId, String reason) {
    }

    @MutationMapping
    CompletableFuture<RequestPayload> erasePersonalData(@Argument ErasePersonalDataInput input, Principal principal) {
        return requests.change(new ErasePersonalDataCommand(input.requestId(), input.reason()), Actor.of(principal));
    }

    @QueryMapping
    CompletableFuture<List<PersonalDataAccessView>> personalDataAccessLog(@Argument String requestId,
            @Argument String from, @Argument String to, @Argument Integer first) {
        var query = new FindPersonalDataAccessQuery(requestId,
                from == null ? null : Times.instantOrNow(from, "start of the period", clock),
                to == null ? null : Times.instantOrNow(to, "end of the period", clock),
                PageSize.of(first, MAX_LOG_ENTRIES));
        return queries.query(query, ResponseTypes.multipleInstancesOf(PersonalDataAccessView.class));
    }
}
