package cz.css.ledger.export;

import cz.css.ledger.api.Channel;
import cz.css.ledger.api.InvalidInputException;
import cz.css.ledger.api.LedgerException;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.query.api.FindMayorStatisticsQuery;
import cz.css.ledger.query.api.FindRequestLifecyclesQuery;
import cz.css.ledger.query.api.FindSatisfactionTrendsQuery;
import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendFilter;
import cz.css.ledger.query.api.TrendGranularity;
import cz.css.ledger.query.api.TrendsView;
import cz.css.ledger.security.LedgerUser;
import cz.css.ledger.security.StatisticsAccess;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV downloads of the request list and of every statistic, for the same users and with the same
 * municipality rule as the GraphQL queries. Format: see {@link Csv} and docs/statistics.md.
 */
@RestController
class StatisticsExportController {
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final Clock clock;

    StatisticsExportController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/export/requests.csv")
    @PreAuthorize(StatisticsAccess.REQUEST_LIST_READERS)
    ResponseEntity<byte[]> requests(@RequestParam(required = false) String municipalityCode,
            @RequestParam String from, @RequestParam String to, Principal principal) {
        String municipality = StatisticsAccess.municipalityOrAll(municipalityCode, LedgerUser.of(principal));
        var rows = await(queries.query(new FindRequestLifecyclesQuery(municipality, period(from, to)),
                ResponseTypes.multipleInstancesOf(RequestLifecycleView.class)));
        return file("pozadavky-" + from + "-" + to + ".csv", CsvTables.requests(rows));
    }

    @GetMapping("/export/mayor-statistics.csv")
    @PreAuthorize(StatisticsAccess.READERS)
    ResponseEntity<byte[]> mayorStatistics(@RequestParam String municipalityCode,
            @RequestParam String from, @RequestParam String to, Principal principal) {
        var view = mayorView(municipalityCode, from, to, principal);
        return file("statistiky-" + view.municipalityCode() + "-" + from + "-" + to + ".csv",
                CsvTables.mayorStatistics(view));
    }

    @GetMapping("/export/mayor-not-informed.csv")
    @PreAuthorize(StatisticsAccess.READERS)
    ResponseEntity<byte[]> mayorNotInformed(@RequestParam String municipalityCode,
            @RequestParam String from, @RequestParam String to, Principal principal) {
        var view = mayorView(municipalityCode, from, to, principal);
        return file("starosta-neinformovan-" + view.municipalityCode() + "-" + to + ".csv", CsvTables.notInformed(view));
    }

    @GetMapping("/export/satisfaction-trends.csv")
    @PreAuthorize(StatisticsAccess.READERS)
    ResponseEntity<byte[]> trends(@RequestParam TrendGranularity granularity,
            @RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String municipalityCode, @RequestParam(required = false) String agendaCode,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) String resolver, Principal principal) {
        var filter = new TrendFilter(StatisticsAccess.municipalityOrAll(municipalityCode, LedgerUser.of(principal)),
                blankToNull(agendaCode), kind, channel, blankToNull(resolver));
        var view = await(queries.query(new FindSatisfactionTrendsQuery(granularity, period(from, to), filter),
                TrendsView.class));
        return file("trendy-" + granularity.name().toLowerCase(Locale.ROOT) + "-" + from + "-" + to + ".csv",
                CsvTables.trends(view));
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<String> refused(LedgerException refused) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body(refused.getMessage());
    }

    private MayorStatisticsView mayorView(String municipalityCode, String from, String to, Principal principal) {
        String municipality = StatisticsAccess.municipality(municipalityCode, LedgerUser.of(principal));
        return await(queries.query(new FindMayorStatisticsQuery(municipality, period(from, to), clock.instant()),
                MayorStatisticsView.class));
    }

    /** The query's answer; a refusal of the query side is rethrown as it was thrown. */
    private static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            while (cause instanceof QueryExecutionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    private static StatisticsPeriod period(String from, String to) {
        return new StatisticsPeriod(day(from, "first day of the period"), day(to, "last day of the period"));
    }

    private static LocalDate day(String text, String what) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The " + what + " '" + text + "' is not an ISO-8601 day such as 2026-11-22");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ResponseEntity<byte[]> file(String name, Csv csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.bytes());
    }
}
