package cz.css.ledger.benchmark;

import cz.css.ledger.LedgerApplication;
import cz.css.ledger.ReplayedStatistics;
import cz.css.ledger.api.NotificationChannel;
import cz.css.ledger.api.OfferSatisfactionSurveyCommand;
import cz.css.ledger.api.RecordSatisfactionByPhoneCommand;
import cz.css.ledger.api.ResolvedAnswer;
import cz.css.ledger.api.SatisfactionAnswer;
import cz.css.ledger.query.statistics.AggregatesRebuild;
import cz.css.ledger.workload.Mutations;
import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.TestTokens;
import cz.css.ledger.workload.Workload;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger's benchmark: prints, side by side, the raw PostgreSQL insert rate of its own event rows,
 * commands per second through the command bus, GraphQL mutations per second over HTTP with their
 * latency and the projection lag under that load, the replay rate of the whole store, query
 * latency at a store of the given size, start-up time and heap. Not a test: run it with
 * {@code docker/benchmark.sh} (see docs/performance.md). Arguments: {@code --requests=N} (store size
 * for the queries and the replay, default 10000), {@code --seconds=S} (per measurement, default 10),
 * {@code --phases=startup,raw,commands,graphql,fill,queries} (default all; {@code fill} is {@code load} then
 * {@code replay}, which may also run apart; {@code catchup} instead of {@code replay} lets the projections
 * continue from their tokens; {@code --warm-replays=N} replays every projection N more times at the end, default 1),
 * {@code --db-url=...},
 * {@code --db-user=}/{@code --db-password=} (the application's role, default ledger) and
 * {@code --db-owner=}/{@code --db-owner-password=} (the tables' owner: migrations and the raw inserts,
 * default ledger_owner).
 */
public final class LedgerBenchmark {
    /** The master key of the integration-test profile: the child processes of the start-up phase use it too. */
    private static final String MASTER_KEY = "YeBvl7DhA6D32Px3tzOMFd3icFcje+R+jmbWa2u8DFM=";
    private static final String OFFER_SURVEY = "mutation($input: OfferSatisfactionSurveyInput!) {"
            + " offerSatisfactionSurvey(input: $input) { survey { id } token } }";
    private static final String ANSWER_BY_PHONE = "mutation($input: RecordSatisfactionByPhoneInput!) {"
            + " recordSatisfactionByPhone(input: $input) { survey { id answered } } }";
    private static final String STAFF_BCRYPT = "{bcrypt}$2a$10$PEWgknnCzFXJvBKU9bqVRuYxhAEQQyfxf/0WEdt0Ek1dAVapmB2fC";

    private final Map<String, String> options;
    private final Set<String> phases;
    private final Duration measurement;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String dbOwner;
    private final String dbOwnerPassword;
    private final Report report = new Report();
    private final HeapPeak heapPeak = new HeapPeak();
    private final TestTokens issuer = new TestTokens();
    private final Map<Integer, Double> rawOneEventPerTransaction = new HashMap<>();

    private ConfigurableApplicationContext app;
    private CommandGateway commands;
    private JdbcTemplate jdbc;
    private int port;
    private long compilationAfterWarmUp = -1;

    private LedgerBenchmark(Map<String, String> options) {
        this.options = options;
        this.phases = Set.of(options.getOrDefault("phases", "startup,raw,commands,graphql,fill,queries").split(","));
        this.measurement = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "10")));
        this.dbUrl = options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/ledger_bench");
        this.dbUser = options.getOrDefault("db-user", "ledger");
        this.dbPassword = options.getOrDefault("db-password", "ledger");
        this.dbOwner = options.getOrDefault("db-owner", "ledger_owner");
        this.dbOwnerPassword = options.getOrDefault("db-owner-password", "ledger_owner");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        int status = 0;
        try {
            new LedgerBenchmark(options).run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        report.note("## Run of %s UTC", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                Instant.now().atOffset(ZoneOffset.UTC)));
        machine();
        if (phases.contains("startup")) {
            new StartUp(dbUrl, issuer, report).measure();
        }
        startInProcess();
        try {
            warmUp();
            if (phases.contains("raw")) {
                raw();
            }
            if (phases.contains("commands")) {
                commandBus();
            }
            if (phases.contains("graphql")) {
                graphQl();
            }
            if (compilationAfterWarmUp >= 0 && (phases.contains("commands") || phases.contains("graphql"))) {
                report.note("JIT compilation during the measurements after the warm-up: %.1f s",
                        (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilationAfterWarmUp) / 1000.0);
            }
            // fill = load + replay; apart, each may run in a JVM of its own (a replay after a large load
            // in the same JVM can outgrow the heap: docs/performance.md)
            if (phases.contains("fill") || phases.contains("load")) {
                load(Integer.parseInt(options.getOrDefault("requests", "10000")));
            }
            if (phases.contains("fill") || phases.contains("replay")) {
                replay();
            } else if (phases.contains("catchup")) {
                catchUp();
            }
            if (phases.contains("queries")) {
                queries();
            }
            heap();
        } finally {
            app.close();
        }
        Path file = report.write(Path.of("target", "benchmark"), "benchmark-" + DateTimeFormatter
                .ofPattern("yyyyMMdd-HHmmss").format(Instant.now().atOffset(ZoneOffset.UTC)) + ".md");
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private void machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        report.note("Machine: %d CPUs (%s), %s; Java %s (%s); max heap of this JVM %d MB",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        try (var db = java.sql.DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                var sql = db.createStatement(); var version = sql.executeQuery("select version()")) {
            version.next();
            report.note("Database: %s at %s", version.getString(1).replaceAll(" on .*", ""), dbUrl);
        }
        report.note("Load average before the run: %s", loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private void startInProcess() {
        LedgerApplication.disableAxonPhoneHome();
        long started = System.nanoTime();
        app = new SpringApplicationBuilder(LedgerApplication.class, ProjectionLagProbe.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + dbUser,
                        "--spring.datasource.password=" + dbPassword, "--spring.flyway.user=" + dbOwner,
                        "--spring.flyway.password=" + dbOwnerPassword, "--ledger.privacy.master-key=" + MASTER_KEY,
                        // the filled store is a year of history with its own dates: the seal takes it as late commits
                        "--ledger.audit.seal.late-tolerance=400d",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + issuer.publicKeyLocation(),
                        "--ledger.security.users[0].username=jana.novakova",
                        "--ledger.security.users[0].password=" + STAFF_BCRYPT,
                        "--ledger.security.users[0].role=STAFF");
        report.note("In-process application (the benchmark's JVM) started in %.1f s",
                (System.nanoTime() - started) / 1e9);
        commands = app.getBean(CommandGateway.class);
        jdbc = app.getBean(JdbcTemplate.class);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /**
     * Before commands or mutations are measured, both run for {@code --warmup-seconds} (default 240, half each,
     * 4 threads): for about four minutes the JVM spends up to a core compiling (C2), which shorter warm-ups
     * measured as the ledger's own cost (docs/performance.md, item 6). Otherwise a few lifecycles, so the
     * queries meet warm code.
     */
    private void warmUp() throws Exception {
        var jit = ManagementFactory.getCompilationMXBean();
        long compiledBefore = jit.getTotalCompilationTime();
        var graphQl = new RawGraphQl(port, issuer.staff("benchmark", Duration.ofHours(6)));
        if (phases.contains("commands") || phases.contains("graphql")) {
            var half = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "240"))).dividedBy(2);
            runFor(4, half, random -> {
                lifecycleOnCommandBus(Workload.plan(random, null), new Latencies(), new Latencies());
                return null;
            });
            runFor(4, half, random -> {
                lifecycleOverGraphQl(graphQl, Workload.plan(random, null), new Latencies(), new AtomicLong(),
                        new ConcurrentLinkedQueue<>());
                return null;
            });
            report.note("Warm-up: %d s of lifecycles through the command bus, then %d s over GraphQL, 4 threads each;"
                    + " JIT compilation %.1f s of it", half.toSeconds(), half.toSeconds(),
                    (jit.getTotalCompilationTime() - compiledBefore) / 1000.0);
            compilationAfterWarmUp = jit.getTotalCompilationTime();
            return;
        }
        var random = new Random(1);
        for (int i = 0; i < 60; i++) {
            lifecycleOnCommandBus(Workload.plan(random, null), new Latencies(), new Latencies());
        }
        for (int i = 0; i < 30; i++) {
            lifecycleOverGraphQl(graphQl, Workload.plan(random, null), new Latencies(), new AtomicLong(),
                    new ConcurrentLinkedQueue<>());
        }
        report.note("Warm-up: 60 lifecycles through the command bus, 30 over GraphQL");
    }

    private void raw() throws Exception {
        report.note("%n### Raw JDBC (the ledger's own event rows into a copy of domain_event_entry)");
        List<RawInserts.Row> rows = jdbc.query("select meta_data, payload, payload_type from domain_event_entry"
                        + " where type = 'CitizenRequest' order by global_index desc limit 2000",
                (row, i) -> new RawInserts.Row(row.getBytes(1), row.getBytes(2), row.getString(3)));
        double meanPayload = rows.stream().mapToInt(r -> r.payload().length + r.metaData().length).average().orElse(0);
        report.note("Rows: %d real events, payload + metadata %.0f bytes on average", rows.size(), meanPayload);
        // the owner: the application's role may not create tables
        var raw = new RawInserts(dbUrl, dbOwner, dbOwnerPassword, rows);
        raw.createTable();
        try {
            for (int eventsPerTransaction : List.of(1, 10)) {
                for (int threads : List.of(1, 4, 16)) {
                    String load = loadAverage();
                    RawInserts.Result result = raw.run(threads, eventsPerTransaction, measurement);
                    if (eventsPerTransaction == 1) {
                        rawOneEventPerTransaction.put(threads, result.eventsPerSecond());
                    }
                    report.row("raw JDBC, " + eventsPerTransaction + " event(s) per transaction", threads + " thr",
                            String.format("%,.0f events/s", result.eventsPerSecond()), result.latencies().p50p99(),
                            "1.00", String.format("%,.0f tx/s; load %s", result.transactionsPerSecond(), load));
                }
            }
        } finally {
            raw.dropTable();
        }
    }

    private void commandBus() throws Exception {
        report.note("%n### Commands through the command bus (lifecycles; each thread waits for its command)");
        for (int threads : List.of(1, 4, 16)) {
            var registrations = new Latencies();
            var changes = new Latencies();
            String load = loadAverage();
            ProjectionLagProbe.LAG.clear();
            ProjectionLagProbe.recording = true;
            double seconds = runFor(threads, random -> {
                lifecycleOnCommandBus(Workload.plan(random, null), registrations, changes);
                return null;
            });
            ProjectionLagProbe.recording = false;
            int total = registrations.count() + changes.count();
            var all = new Latencies();
            merge(all, registrations, changes);
            double rate = total / seconds;
            report.row("commands via command bus", threads + " thr", String.format("%,.0f cmd/s", rate), all.p50p99(),
                    ratio(rate, threads), String.format("registrations p99 %.1f ms; projection lag p50/p99 %s ms;"
                            + " load %s", registrations.percentileMillis(99), ProjectionLagProbe.LAG.p50p99(), load));
        }
    }

    private void graphQl() throws Exception {
        report.note("%n### GraphQL mutations over HTTP (bearer JWT; each answers once the read model shows the change)");
        var graphQl = new RawGraphQl(port, issuer.staff("benchmark", Duration.ofHours(6)));
        for (int clients : List.of(1, 16, 64)) {
            mutations("GraphQL mutations", graphQl, clients, measurement, clients);
        }
        var basic = new RawGraphQl(port, "Basic " + Base64.getEncoder().encodeToString(
                "jana.novakova:staff-demo".getBytes()));
        mutations("GraphQL mutations, HTTP Basic (bcrypt per call)", basic, 16, measurement.dividedBy(2), 16);
    }

    private void mutations(String what, RawGraphQl graphQl, int clients, Duration duration, int rawThreads)
            throws Exception {
        var latencies = new Latencies();
        var succeeded = new AtomicLong();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        String load = loadAverage();
        ProjectionLagProbe.LAG.clear();
        ProjectionLagProbe.recording = true;
        double seconds = runFor(clients, duration, random -> {
            lifecycleOverGraphQl(graphQl, Workload.plan(random, null), latencies, succeeded, errors);
            return null;
        });
        ProjectionLagProbe.recording = false;
        double rate = succeeded.get() / seconds;
        report.row(what, clients + " cl", String.format("%,.0f mut/s", rate), latencies.p50p99(),
                ratio(rate, Math.min(rawThreads, 16)), String.format("projection lag p50/p99 %s ms; %d errors; load %s",
                        ProjectionLagProbe.LAG.p50p99(), errors.size(), load));
        errors.stream().limit(3).forEach(error -> report.note("    error: %s", error));
    }

    private List<StreamingEventProcessor> projections() {
        var processing = app.getBean(EventProcessingConfiguration.class);
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset).toList();
    }

    /** Grows the store to the given number of requests; the projections rest meanwhile (a replay rebuilds them). */
    private void load(int requests) throws Exception {
        report.note("%n### Store of %,d requests: fill", requests);
        long existing = jdbc.queryForObject("select count(*) from domain_event_entry where type = 'CitizenRequest'"
                + " and sequence_number = 0", Long.class);
        projections().forEach(StreamingEventProcessor::shutDown);
        if (existing < requests) {
            var loader = new BulkLoader(app.getBean(EventStorageEngine.class), app.getBean(TransactionManager.class),
                    jdbc);
            String load = loadAverage();
            long started = System.nanoTime();
            long events = loader.load((int) (requests - existing), 200, new Random(requests), report);
            double seconds = (System.nanoTime() - started) / 1e9;
            report.row("fill: lifecycles appended through the storage engine", "1 thr",
                    String.format("%,.0f events/s", events / seconds), "-", "-", String.format(
                            "%,d requests, %,d events in %.0f s (200 requests per transaction); load %s",
                            requests - existing, events, seconds, load));
        }
    }

    /**
     * Every replayable projection reset and rebuilt together from the whole store, the way an operator replays
     * them; then each alone, to show which one bounds the rate; then all together again, the JIT having compiled
     * the replay's code meanwhile (in a fresh JVM it compiles through the first replay, on the same two cores).
     */
    private void replay() throws Exception {
        report.note("%n### Replay of the whole store");
        List<StreamingEventProcessor> projections = projections();
        replay(projections, "every projection");
        if (projections.size() > 1) {
            for (StreamingEventProcessor projection : projections) {
                replay(List.of(projection), "alone");
            }
            int again = Integer.parseInt(options.getOrDefault("warm-replays", "1"));
            for (int round = 1; round <= again; round++) {
                replay(projections, "every projection again" + (again > 1 ? " (" + round + ")" : ""));
            }
        }
    }

    private void replay(List<StreamingEventProcessor> projections, String which) throws Exception {
        projections.forEach(StreamingEventProcessor::shutDown);
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        String names = String.join(", ", projections.stream().map(StreamingEventProcessor::getName).toList());
        String load = loadAverage();
        var jit = ManagementFactory.getCompilationMXBean();
        long compiledBefore = jit.getTotalCompilationTime();
        long processorBefore = processorTime();
        long started = System.nanoTime();
        projections.forEach(StreamingEventProcessor::resetTokens);
        projections.forEach(StreamingEventProcessor::start);
        for (StreamingEventProcessor projection : projections) {
            awaitCaughtUp(projection, head, started);
        }
        double caughtUp = (System.nanoTime() - started) / 1e9;
        // the replay of the statistics ends with their aggregates counted afresh from the facts
        ReplayedStatistics.awaitAggregatesCounted(app.getBean(AggregatesRebuild.class));
        double seconds = (System.nanoTime() - started) / 1e9;
        double processorSeconds = (processorTime() - processorBefore) / 1e9;
        report.row("replay: " + which + " (" + names + ") reset and rebuilt", projections.size()
                        + " proj", String.format("%,.0f events/s", total / seconds), "-", "-",
                String.format("%,d events in %.1f s (%s), each read by %d projection(s) (%,.0f event"
                        + " deliveries/s); processor time of this JVM %.1f s (%.0f µs per event delivered), of which"
                        + " JIT compilation %.1f s; load %s", total, seconds,
                        names.contains(AggregatesRebuild.PROCESSING_GROUP)
                        ? String.format("the last event reached at %.1f s, then the statistics' aggregates counted",
                                caughtUp) : "the last event reached", projections.size(),
                        total * projections.size() / seconds, processorSeconds,
                        processorSeconds * 1e6 / (total * projections.size()),
                        (jit.getTotalCompilationTime() - compiledBefore) / 1000.0, load));
    }

    /** Processor time of this JVM so far, every thread (the JIT's and the collector's too), in nanoseconds. */
    private static long processorTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The projections brought from where their tokens are to the head, without a reset (after a load). */
    private void catchUp() throws Exception {
        report.note("%n### Catch-up of the projections after a load");
        long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        List<StreamingEventProcessor> projections = projections();
        long behind = projections.stream().mapToLong(projection -> head - projection.processingStatus().values()
                .stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0)).max().orElse(0);
        String load = loadAverage();
        long started = System.nanoTime();
        for (StreamingEventProcessor projection : projections) {
            awaitCaughtUp(projection, head, started);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.row("catch-up: every projection brought to the head", projections.size() + " proj",
                String.format("%,.0f global positions/s", behind / seconds), "-", "-",
                String.format("%,d positions behind at most, in %.1f s; load %s", behind, seconds, load));
    }

    private void awaitCaughtUp(StreamingEventProcessor projection, long head, long started)
            throws InterruptedException {
        long lastNote = System.nanoTime();
        while (true) {
            Map<Integer, EventTrackerStatus> status = projection.processingStatus();
            long position = status.values().stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
            // a tracking processor keeps its replay token until an event beyond the reset position comes
            // (as ReplayMonitor knows): having reached the head is the end of the replay
            if (!status.isEmpty() && position >= head
                    && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
                return;
            }
            if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                throw new IllegalStateException("Projection " + projection.getName() + " failed during the replay: "
                        + status);
            }
            if (System.nanoTime() - lastNote > Duration.ofSeconds(30).toNanos()) {
                lastNote = System.nanoTime();
                report.note("  ... %s at global index %,d of %,d (%.0f s)", projection.getName(), position, head,
                        (lastNote - started) / 1e9);
            }
            Thread.sleep(200);
        }
    }

    private void queries() throws Exception {
        long stored = jdbc.queryForObject("select count(*) from request_view", Long.class);
        report.note("%n### Queries over GraphQL at %,d requests (one client, one after another)", stored);
        var graphQl = new RawGraphQl(port, issuer.staff("benchmark", Duration.ofHours(6)));
        List<Map<String, Object>> sample = jdbc.queryForList("select request_id, registration_number from request_view"
                + " tablesample system (1) limit 1000");
        if (sample.size() < 50) {
            sample = jdbc.queryForList("select request_id, registration_number from request_view limit 1000");
        }
        var random = new Random(5);
        List<Map<String, Object>> requests = sample;
        String queueFields = "edges { node { id registrationNumber status subject municipalityName agendaName kind"
                + " urgency assignee receivedAt respondBy } } pageInfo { hasNextPage endCursor }";
        String firstPage = "{ requests(first: 20) { " + queueFields + " totalCount } }";
        String endCursor = graphQl.execute(firstPage, Map.of()).data("requests.pageInfo.endCursor").asString();
        var mayor = new RawGraphQl(port, issuer.mayor("starosta.ivancice", "583120", Duration.ofHours(6)));
        var analyst = new RawGraphQl(port, issuer.bearer("analytik", "ANALYST", Duration.ofHours(6)));
        var auditor = new RawGraphQl(port, issuer.bearer("auditor", "AUDITOR", Duration.ofHours(6)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Prague"));
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        // the console asks matchCount (up to 1,000); totalCount counts every matching request
        String consoleCount = " matchCount(atMost: 1000) { count more }";
        scenarios.put("queue page (20 newest, exact totalCount)", new Scenario(graphQl, r -> body(firstPage, Map.of())));
        scenarios.put("queue page as the console asks (matchCount up to 1,000)", new Scenario(graphQl,
                r -> body("{ requests(first: 20) { " + queueFields + consoleCount + " } }", Map.of())));
        scenarios.put("queue page without a count", new Scenario(graphQl, r -> body("{ requests(first: 20) { "
                + queueFields + " } }", Map.of())));
        scenarios.put("queue page 2 (after cursor, matchCount)", new Scenario(graphQl, r -> body("query($after: String) {"
                + " requests(first: 20, after: $after) { " + queueFields + consoleCount + " } }",
                Map.of("after", endCursor))));
        scenarios.put("queue filtered: RECEIVED in Ivančice (matchCount)", new Scenario(graphQl, r -> body(
                "{ requests(first: 20, filter: {statuses: [RECEIVED], municipalityCode: \"583120\"}) { " + queueFields
                + consoleCount + " } }", Map.of())));
        scenarios.put("queue text search (matchCount)", new Scenario(graphQl, r -> body("{ requests(first: 20, filter:"
                + " {text: \"lampa\"}) { " + queueFields + consoleCount + " } }", Map.of())));
        scenarios.put("request detail + timeline (read model)", new Scenario(graphQl, r -> body("query($id: ID!) {"
                + " request(id: $id) { id registrationNumber status subject timeline { sequence eventType occurredAt"
                + " actor summary } } }", Map.of("id", pick(requests, r, "request_id")))));
        scenarios.put("request history from the event store (auditor)", new Scenario(auditor, r -> body(
                "query($id: ID!) { requestHistory(id: $id) { registrationNumber events { sequence type meaning"
                + " timestamp actor actorRole correlationId causationId payload } } }",
                Map.of("id", pick(requests, r, "request_id")))));
        scenarios.put("request by registration number", new Scenario(graphQl, r -> body("query($n: String!) {"
                + " requestByNumber(registrationNumber: $n) { id status } }",
                Map.of("n", pick(requests, r, "registration_number")))));
        scenarios.put("mayor's statistics, Ivančice, last 90 days vs the 90 before", new Scenario(mayor, r -> body(
                "query($from: String!, $to: String!) { mayorStatistics(municipalityCode: \"583120\", from: $from,"
                + " to: $to) { received { current previous change } byStatus { key current previous }"
                + " byAgenda { key current } byKind { key current } byChannel { key current }"
                + " resolvedByCss { current } routedToMunicipality { current } mayorNotInformed { current }"
                + " notInformed { registrationNumber ageDays } waitingOnMunicipality { current }"
                + " waitingByAge { key current } timeToResolution { count { current } medianHours { current }"
                + " p90Hours { current } } timeToInformMayor { medianHours { current } p90Hours { current } }"
                + " satisfaction { offered { current } responses { current } responseRate { current }"
                + " averageScore { current previous change } withheld } } }",
                Map.of("from", today.minusDays(89).toString(), "to", today.toString()))));
        scenarios.put("satisfaction trend, by month over a year (analyst)", new Scenario(analyst, r -> body(
                "query($from: String!, $to: String!) { satisfactionTrends(granularity: MONTH, from: $from, to: $to)"
                + " { points { label surveysOffered responses responseRate averageScore averageWithheld"
                + " resolvedShare medianResolutionHours p90ResolutionHours } } }",
                Map.of("from", today.minusYears(1).toString(), "to", today.toString()))));
        scenarios.put("satisfaction trend, by week, Ivančice routed (analyst)", new Scenario(analyst, r -> body(
                "query($from: String!, $to: String!) { satisfactionTrends(granularity: WEEK, from: $from, to: $to,"
                + " filter: {municipalityCode: \"583120\", resolver: MUNICIPALITY}) { points { label responses"
                + " averageScore medianResolutionHours } } }",
                Map.of("from", today.minusDays(180).toString(), "to", today.toString()))));
        for (var scenario : scenarios.entrySet()) {
            var latencies = new Latencies();
            int errors = 0;
            String firstError = null;
            long deadline = System.nanoTime() + measurement.toNanos();
            RawGraphQl client = scenario.getValue().client();
            for (int i = 0; i < 20; i++) {
                send(client, scenario.getValue().body().apply(random));
            }
            for (int i = 0; i < 2_000 && (System.nanoTime() < deadline || i < 100); i++) {
                long began = System.nanoTime();
                var result = send(client, scenario.getValue().body().apply(random));
                if (!result.succeeded()) {
                    errors++;
                    firstError = firstError == null ? result.body() : firstError;
                }
                latencies.record(System.nanoTime() - began);
            }
            report.row("query: " + scenario.getKey(), "1 cl", String.format("%,.0f q/s", 1000 / Math.max(0.001,
                    latencies.percentileMillis(50))), latencies.p50p99(), "-",
                    String.format("%d samples, %d errors", latencies.count(), errors));
            if (firstError != null) {
                report.note("    error: %s", firstError.length() > 300 ? firstError.substring(0, 300) : firstError);
            }
        }
    }

    /** A query scenario: who asks, and the request body (document and variables) of each call. */
    private record Scenario(RawGraphQl client, Function<Random, Map<String, Object>> body) {
    }

    private static Object pick(List<Map<String, Object>> requests, Random random, String column) {
        return requests.get(random.nextInt(requests.size())).get(column);
    }

    private void heap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long peak = heapPeak.bytes();
        long before = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        report.row("heap of the benchmark JVM (application + load driver)", "-", "-", "-", "-", String.format(
                "max %d MB; peak used %d MB; used %d MB, after a full GC %d MB", memory.getHeapMemoryUsage().getMax() >> 20,
                peak >> 20, before >> 20, live >> 20));
    }

    private void lifecycleOnCommandBus(Workload.Plan plan, Latencies registrations, Latencies changes)
            throws Exception {
        long began = System.nanoTime();
        String id = (String) commands.send(Mutations.registration(plan.registration(), "benchmark"),
                Mutations.actor("benchmark")).get(60, TimeUnit.SECONDS);
        registrations.record(System.nanoTime() - began);
        for (Workload.Step step : plan.steps()) {
            began = System.nanoTime();
            commands.send(Mutations.command(id, step), Mutations.actor("benchmark")).get(60, TimeUnit.SECONDS);
            changes.record(System.nanoTime() - began);
        }
        if (plan.survey() != null) {
            for (Object command : List.of(new OfferSatisfactionSurveyCommand(id, UUID.randomUUID().toString(),
                    NotificationChannel.EMAIL, Instant.now()), new RecordSatisfactionByPhoneCommand(id,
                    SatisfactionAnswer.of(plan.survey().score(), ResolvedAnswer.valueOf(plan.survey().resolved()),
                            null), Instant.now()))) {
                began = System.nanoTime();
                commands.send(command, Mutations.actor("benchmark")).get(60, TimeUnit.SECONDS);
                changes.record(System.nanoTime() - began);
            }
        }
    }

    private static void lifecycleOverGraphQl(RawGraphQl graphQl, Workload.Plan plan, Latencies latencies,
            AtomicLong succeeded, Queue<String> errors) throws Exception {
        long began = System.nanoTime();
        var registered = graphQl.execute(Mutations.document("registerRequest"), Map.of("input", plan.registration()));
        latencies.record(System.nanoTime() - began);
        if (!registered.succeeded()) {
            errors.add("registerRequest: " + registered.status() + " " + registered.body());
            return;
        }
        succeeded.incrementAndGet();
        String id = registered.data("registerRequest.request.id").asString();
        for (Workload.Step step : plan.steps()) {
            began = System.nanoTime();
            var changed = graphQl.execute(Mutations.document(step.mutation()), Mutations.variables(id, step));
            latencies.record(System.nanoTime() - began);
            if (!changed.succeeded()) {
                errors.add(step.mutation() + ": " + changed.status() + " " + changed.body());
                return;
            }
            succeeded.incrementAndGet();
        }
        if (plan.survey() != null) {
            for (var survey : List.of(Map.entry(OFFER_SURVEY, Map.<String, Object>of("requestId", id, "channel", "EMAIL")),
                    Map.entry(ANSWER_BY_PHONE, Map.<String, Object>of("requestId", id, "score", plan.survey().score(),
                            "resolved", plan.survey().resolved())))) {
                began = System.nanoTime();
                var answered = graphQl.execute(survey.getKey(), Map.of("input", survey.getValue()));
                latencies.record(System.nanoTime() - began);
                if (!answered.succeeded()) {
                    errors.add("survey: " + answered.status() + " " + answered.body());
                    return;
                }
                succeeded.incrementAndGet();
            }
        }
    }

    /** Runs the task in a loop on each thread until the measurement ends; answers the elapsed seconds. */
    private double runFor(int threads, Task task) throws Exception {
        return runFor(threads, measurement, task);
    }

    private double runFor(int threads, Duration duration, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            var random = new Random(1000 + t);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    task.run(random);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    private interface Task {
        Object run(Random random) throws Exception;
    }

    private String ratio(double rate, int threads) {
        Double raw = rawOneEventPerTransaction.get(threads);
        return raw == null ? "-" : String.format("%.2f", rate / raw);
    }

    private static void merge(Latencies into, Latencies... from) {
        for (Latencies latencies : from) {
            latencies.copyInto(into);
        }
    }

    private static Map<String, Object> body(String document, Map<String, Object> variables) {
        var body = new HashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        return body;
    }

    private static RawGraphQl.Response send(RawGraphQl graphQl, Map<String, Object> body) throws Exception {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, Object>) body.get("variables");
        return graphQl.execute((String) body.get("query"), variables);
    }
}
