package cz.css.ledger.audit.replay;

import cz.css.ledger.audit.api.FindProjectionStatusQuery;
import cz.css.ledger.audit.api.ProjectionStatusView;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the state of the projections and the progress of their replays. */
@Component
class ReplayQueries {
    private final ReplayMonitor monitor;

    ReplayQueries(ReplayMonitor monitor) {
        this.monitor = monitor;
    }

    @QueryHandler
    List<ProjectionStatusView> handle(FindProjectionStatusQuery query) {
        return monitor.statuses();
    }
}
