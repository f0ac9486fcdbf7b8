package cz.css.ledger.graphql;

import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.api.LedgerException;
import cz.css.ledger.audit.api.ExportLedgerPageQuery;
import cz.css.ledger.audit.api.ExportLedgerQuery;
import cz.css.ledger.audit.api.FindRequestHistoryQuery;
import cz.css.ledger.audit.api.HistoryEventView;
import cz.css.ledger.audit.api.LedgerExportPlan;
import cz.css.ledger.audit.api.RequestHistoryView;
import cz.css.ledger.security.LedgerRole;
import cz.css.ledger.security.LedgerUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads for auditors, as JSON Lines: one request's history (one event per line, payload and
 * metadata as the stored JSON), and a period of the sealed ledger for the offline verifier.
 */
@RestController
class AuditDownloadController {
    static final String JSON_LINES = "application/jsonl";
    private static final int PAGE = 500;

    private final QueryGateway queries;
    private final JsonMapper json;

    AuditDownloadController(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/api/audit/requests/{id}/history.jsonl")
    @PreAuthorize(AuditController.HISTORY_READERS)
    void history(@PathVariable String id, Principal principal, HttpServletResponse response) throws IOException {
        var user = LedgerUser.of(principal);
        RequestHistoryView history = queries.query(new FindRequestHistoryQuery(id), RequestHistoryView.class).join();
        if (history == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No request " + id + " is in the event store");
            return;
        }
        MunicipalityScope.check(history.municipalityCode(), user);
        boolean personalData = !user.is(LedgerRole.MAYOR);
        start(response, "request-" + history.registrationNumber() + "-history.jsonl");
        try (OutputStream out = response.getOutputStream()) {
            for (HistoryEventView event : history.events()) {
                write(out, json.writeValueAsString(line(history, event, personalData)));
            }
        }
    }

    @GetMapping("/api/audit/ledger/export.jsonl")
    @PreAuthorize(AuditController.LEDGER_VERIFIERS)
    void ledger(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        var plan = queries.query(new ExportLedgerQuery(instant(from), instant(to)), LedgerExportPlan.class).join();
        start(response, "ledger-export.jsonl");
        try (OutputStream out = response.getOutputStream()) {
            write(out, plan.headerLine());
            for (long position = plan.firstPosition(); position <= plan.lastPosition(); position += PAGE) {
                List<String> lines = queries.query(new ExportLedgerPageQuery(position, plan.lastPosition(), PAGE),
                        ResponseTypes.multipleInstancesOf(String.class)).join();
                for (String line : lines) {
                    write(out, line);
                }
            }
        }
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<String> refused(LedgerException refused) {
        HttpStatus status = switch (refused.code()) {
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(refused.getMessage());
    }

    private Map<String, Object> line(RequestHistoryView history, HistoryEventView event, boolean personalData) {
        var line = new LinkedHashMap<String, Object>();
        line.put("requestId", history.requestId());
        line.put("registrationNumber", history.registrationNumber());
        line.put("sequence", event.sequence());
        line.put("eventId", event.eventIdentifier());
        line.put("type", event.type());
        line.put("payloadType", event.payloadType());
        line.put("meaning", event.meaning());
        line.put("timestamp", event.timestamp().toString());
        line.put("actor", event.actor());
        line.put("actorRole", event.actorRole());
        line.put("correlationId", event.correlationId());
        line.put("causationId", event.causationId());
        line.put("payload", personalData ? json.readTree(event.payload()) : null);
        line.put("metaData", event.metaData() == null ? null : json.readTree(event.metaData()));
        return line;
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(JSON_LINES);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The instant '" + text + "' is not an ISO-8601 instant such as "
                    + "2026-11-22T09:30:00Z");
        }
    }
}
