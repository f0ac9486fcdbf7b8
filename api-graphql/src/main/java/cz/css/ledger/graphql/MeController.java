package cz.css.ledger.graphql;

import cz.css.ledger.query.api.FindMunicipalitiesQuery;
import cz.css.ledger.query.api.MunicipalityView;
import cz.css.ledger.security.LedgerRole;
import cz.css.ledger.security.LedgerUser;
import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Tells the staff console who is signed in, so it offers that role's screens and actions only. */
@Controller
class MeController {
    private final QueryGateway queries;

    MeController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    CompletableFuture<Me> me(Principal principal) {
        LedgerUser user = LedgerUser.of(principal);
        if (user.municipality().isEmpty()) {
            return CompletableFuture.completedFuture(new Me(user.name(), user.role(), null, null));
        }
        String code = user.municipality().get();
        return queries.query(new FindMunicipalitiesQuery(), ResponseTypes.multipleInstancesOf(MunicipalityView.class))
                .thenApply(all -> all.stream().filter(municipality -> municipality.code().equals(code))
                        .map(MunicipalityView::name).findFirst().orElse(null))
                .thenApply(name -> new Me(user.name(), user.role(), code, name));
    }

    record Me(String username, LedgerRole role, String municipalityCode, String municipalityName) {
    }
}
