package cz.css.ledger.security;

import cz.css.ledger.api.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read statistics, and of which municipality: CSS staff, supervisors, auditors and analysts
 * any municipality; a mayor their own only. Statistics are aggregates without personal data, so
 * analysts see them in full.
 */
public final class StatisticsAccess {
    public static final String READERS = "hasAnyRole('STAFF', 'SUPERVISOR', 'AUDITOR', 'ANALYST', 'MAYOR')";
    /** The request list names requests one by one, so analysts, who see aggregates only, do not get it. */
    public static final String REQUEST_LIST_READERS = "hasAnyRole('STAFF', 'SUPERVISOR', 'AUDITOR', 'MAYOR')";

    private StatisticsAccess() {
    }

    /** The municipality asked for, if this user may see it; a mayor asking for another one is refused. */
    public static String municipality(String asked, LedgerUser user) {
        String code = asked == null || asked.isBlank() ? null : asked.strip();
        if (!user.is(LedgerRole.MAYOR)) {
            if (code == null) {
                throw new InvalidInputException("The municipality code is required");
            }
            return code;
        }
        String own = user.municipality().orElseThrow();
        if (code != null && !code.equals(own)) {
            throw new AccessDeniedException("Mayor " + user.name() + " may see the statistics of municipality "
                    + own + " only, not " + code);
        }
        return own;
    }

    /** A municipality, or all of them (null) when none is asked; a mayor always gets their own. */
    public static String municipalityOrAll(String asked, LedgerUser user) {
        if (user.is(LedgerRole.MAYOR)) {
            return municipality(asked, user);
        }
        return asked == null || asked.isBlank() ? null : asked.strip();
    }
}
