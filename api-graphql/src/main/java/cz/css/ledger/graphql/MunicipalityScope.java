package cz.css.ledger.graphql;

import cz.css.ledger.query.api.QueueFilter;
import cz.css.ledger.query.api.RequestView;
import cz.css.ledger.security.LedgerRole;
import cz.css.ledger.security.LedgerUser;
import org.springframework.security.access.AccessDeniedException;

/** A mayor sees their own municipality only; asking for another one is refused, not answered empty. */
final class MunicipalityScope {
    private MunicipalityScope() {
    }

    static QueueFilter restrict(QueueFilter filter, LedgerUser user) {
        if (!user.is(LedgerRole.MAYOR)) {
            return filter;
        }
        String own = user.municipality().orElseThrow();
        if (filter.municipalityCode() != null && !filter.municipalityCode().equals(own)) {
            throw refused(user, filter.municipalityCode());
        }
        return new QueueFilter(filter.statuses(), own, filter.agendaCode(), filter.kind(), filter.assignee(),
                filter.urgency(), filter.text());
    }

    static RequestView check(RequestView view, LedgerUser user) {
        if (view != null) {
            check(view.municipalityCode(), user);
        }
        return view;
    }

    /** Refuses a mayor anything of another municipality than their own. */
    static void check(String municipalityCode, LedgerUser user) {
        if (user.is(LedgerRole.MAYOR) && !municipalityCode.equals(user.municipality().orElseThrow())) {
            throw refused(user, municipalityCode);
        }
    }

    private static AccessDeniedException refused(LedgerUser user, String asked) {
        return new AccessDeniedException("Mayor " + user.name() + " may see municipality "
                + user.municipality().orElseThrow() + " only, not " + asked);
    }
}
