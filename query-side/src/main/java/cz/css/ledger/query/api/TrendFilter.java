package cz.css.ledger.query.api;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.api.RequestKind;

/**
 * Filters of the analysts' trends; a null component does not filter.
 *
 * @param resolver CSS or MUNICIPALITY: who resolved the request
 */
public record TrendFilter(String municipalityCode, String agendaCode, RequestKind kind, Channel channel,
        String resolver) {
    public static final String CSS = "CSS";
    public static final String MUNICIPALITY = "MUNICIPALITY";

    public TrendFilter {
        if (resolver != null && !resolver.equals(CSS) && !resolver.equals(MUNICIPALITY)) {
            throw new InvalidInputException("The resolver is CSS or MUNICIPALITY, not " + resolver);
        }
    }

    public static TrendFilter none() {
        return new TrendFilter(null, null, null, null, null);
    }
}
