package cz.css.ledger.audit.replay;

import cz.css.ledger.audit.api.ProjectionStatusView;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/replay}: every projection with its replay progress (processed, total, rate, time left). */
@Component
@Endpoint(id = "replay")
class ReplayEndpoint {
    private final ReplayMonitor monitor;

    ReplayEndpoint(ReplayMonitor monitor) {
        this.monitor = monitor;
    }

    @ReadOperation
    List<ProjectionStatusView> projections() {
        return monitor.statuses();
    }
}
