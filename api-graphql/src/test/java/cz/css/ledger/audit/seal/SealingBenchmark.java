package cz.css.ledger.audit.seal;

import cz.css.ledger.LedgerApplication;
import cz.css.ledger.api.AddInternalNoteCommand;
import cz.css.ledger.api.AgendaCode;
import cz.css.ledger.api.Channel;
import cz.css.ledger.api.CitizenContact;
import cz.css.ledger.api.MunicipalityCode;
import cz.css.ledger.api.PersonalText;
import cz.css.ledger.api.RegisterRequestCommand;
import cz.css.ledger.api.RequestKind;
import cz.css.ledger.api.Urgency;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What sealing costs, measured on a PostgreSQL database of its own: the append rate without and with
 * the sealer running, in adjacent phases of the same workload (through commands, and through raw
 * event-store appends), the sealing lag, how late concurrent transactions commit against the
 * late-tolerance, how fast the sealer catches up with a backlog, and how fast verification runs.
 * Prints figures and a summary table for docs/audit.md; asserts nothing. Run on a quiet machine with
 * {@code LEDGER_TEST_DB_NAME=ledger_test ./mvnw -B verify -pl api-graphql -am -Psealing-benchmark -DskipTests
 * -Dledger.frontend.skip=true -Dledger.test.chromium.skip=true} (docs/audit.md).
 */
public final class SealingBenchmark {
    private static final String DB = System.getenv().getOrDefault("LEDGER_TEST_DB_NAME", "ledger_test") + "_bench";
    private static final Duration PHASE = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.phase", "3")));
    private static final int THREADS = Integer.parseInt(System.getProperty("bench.threads", "4"));
    private static final int ROUNDS = Integer.parseInt(System.getProperty("bench.rounds", "24"));
    private static final int BACKLOG = Integer.parseInt(System.getProperty("bench.backlog", "50000"));
    private static final Duration SETTLE = Duration.ofSeconds(1);
    /** Which workloads to compare: {@code commands}, {@code raw} (both by default). */
    private static final List<String> WORKLOADS = List.of(System.getProperty("bench.workloads", "commands,raw")
            .split(","));
    /** Further application arguments, e.g. sealer settings to compare ({@code --ledger.audit.seal.interval=1s}). */
    private static final List<String> APP_ARGUMENTS = List.of(System.getProperty("bench.app-args", "").split(" "))
            .stream().filter(argument -> !argument.isBlank()).toList();

    /** A payload no projection handles, so raw appends measure the event store alone. */
    public record BenchmarkEvent(String note, long n) {
    }

    private SealingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        recreateDatabase();
        LedgerApplication.disableAxonPhoneHome();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("postgres", "it")
                .run(arguments())) {
            new SealingBenchmark.Run(app).all();
        }
        // Axon leaves a non-daemon janitor thread behind; the benchmark runs in a JVM of its own
        System.exit(0);
    }

    private static String[] arguments() {
        var arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + DB,
                "--ledger.snapshot.request-threshold=50", "--logging.level.root=warn"));
        arguments.addAll(APP_ARGUMENTS);
        return arguments.toArray(String[]::new);
    }

    private static void recreateDatabase() throws Exception {
        try (var admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                System.getenv().getOrDefault("LEDGER_TEST_ADMIN_USER", "ledger_admin"),
                System.getenv().getOrDefault("LEDGER_TEST_ADMIN_PASSWORD", "ledger_admin"));
                var sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DB + " with (force)");
            sql.execute("create database " + DB + " owner "
                    + System.getenv().getOrDefault("LEDGER_TEST_DB_OWNER", "ledger_owner"));
        }
    }

    private static final class Run {
        private final CommandGateway commands;
        private final EventStore eventStore;
        private final Sealer sealer;
        private final LedgerVerifier verifier;
        private final SealStore store;
        private final Duration lateTolerance;
        private final List<String> requests = new ArrayList<>();
        private final List<String> summary = new ArrayList<>();

        Run(ConfigurableApplicationContext app) {
            commands = app.getBean(CommandGateway.class);
            eventStore = app.getBean(EventStore.class);
            sealer = app.getBean(Sealer.class);
            verifier = app.getBean(LedgerVerifier.class);
            store = app.getBean(SealStore.class);
            lateTolerance = app.getBean(SealProperties.class).lateTolerance();
        }

        void all() throws Exception {
            System.out.printf("%nSealing benchmark: %d threads, %d rounds of two %d s phases, %d cores, load %.1f, "
                    + "PostgreSQL database %s, application arguments %s%n", THREADS, ROUNDS, PHASE.toSeconds(),
                    Runtime.getRuntime().availableProcessors(), load(), DB, APP_ARGUMENTS);
            for (int i = 0; i < 200; i++) {
                requests.add(register(i));
            }
            sealer.sealPending();
            if (WORKLOADS.contains("commands")) {
                compare("commands (AddInternalNote, 1 event each)", this::command);
            }
            if (WORKLOADS.contains("raw")) {
                compare("raw appends (10 events per transaction)", this::rawBatch);
            }
            catchUp();
            verification();
            System.out.printf("%n== Summary for docs/audit.md (\"What sealing costs\"): %d cores, load %.1f%n%n",
                    Runtime.getRuntime().availableProcessors(), load());
            System.out.println("| workload | append rate without sealing | with sealing | "
                    + "change with sealing (paired) | sealing lag p50 / p95 / max | late commits, greatest lateness |");
            System.out.println("| --- | --- | --- | --- | --- | --- |");
            summary.forEach(System.out::println);
        }

        private void compare(String workload, Workload work) throws Exception {
            System.out.printf("%n== Append rate, %s%n", workload);
            measure(work, PHASE, null); // warm-up
            double[] off = new double[ROUNDS];
            double[] on = new double[ROUNDS];
            double[] cost = new double[ROUNDS];
            double[] cpuOff = new double[ROUNDS];
            double[] cpuOn = new double[ROUNDS];
            double busy = 0;
            double cpu = 0;
            var running = new ArrayList<Instant[]>();
            for (int round = 0; round < ROUNDS; round++) {
                // adjacent phases see nearly the same machine, so each round gives one paired comparison; the
                // order alternates, so whatever favours the first or the second phase of a round cancels out
                boolean sealingFirst = round % 2 == 1;
                for (boolean sealing : sealingFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    if (sealing && !sealer.isRunning()) {
                        sealer.sealPending(); // the backlog of the phase without sealing is nobody's cost
                        sealer.start();
                    } else if (!sealing) {
                        sealer.sealPending(); // what the running sealer would do next, so its lag ends here
                        sealer.stop();
                    }
                    var window = new Window();
                    double rate = measure(work, PHASE, window);
                    double cpuPerEvent = window.cpuNanos / 1e3 / window.events;
                    if (sealing) {
                        on[round] = rate;
                        cpuOn[round] = cpuPerEvent;
                        running.add(new Instant[] {window.from, window.to});
                        busy += window.sealerBusy / window.nanos / ROUNDS;
                        cpu += window.sealerCpu / window.nanos / ROUNDS;
                    } else {
                        off[round] = rate;
                        cpuOff[round] = cpuPerEvent;
                    }
                }
                cost[round] = 100 * (off[round] - on[round]) / off[round];
            }
            if (!sealer.isRunning()) {
                sealer.sealPending();
                sealer.start();
            }
            var pairs = new ArrayList<String>();
            for (int round = 0; round < ROUNDS; round++) {
                pairs.add(String.format("%,.0f → %,.0f", off[round], on[round]));
            }
            System.out.printf("  events/s per round, without → with sealing: %s%n", String.join("; ", pairs));
            System.out.printf("  stopped: median %,.0f events/s (%,.0f..%,.0f)%n", median(off), min(off), max(off));
            System.out.printf("  running: median %,.0f events/s (%,.0f..%,.0f); sealer busy %.1f %% of the time, its "
                    + "thread's CPU %.1f %%%n", median(on), min(on), max(on), 100 * busy, 100 * cpu);
            System.out.printf("  throughput cost per round (paired): median %.1f %%, rounds %s%n", median(cost),
                    java.util.Arrays.stream(cost).mapToObj(c -> String.format("%.0f", c)).toList());
            System.out.printf("  CPU of the ledger (JVM + its PostgreSQL backends) per appended event: %.0f µs without "
                    + "sealing, %.0f µs with: sealing adds %.1f %% (the throughput a CPU-bound machine loses)%n",
                    median(cpuOff), median(cpuOn), 100 * (median(cpuOn) - median(cpuOff)) / median(cpuOn));
            Lag lag = lag(running);
            Late late = late(running);
            System.out.printf("  sealing lag: %s; machine load %.1f%n", lag, load());
            System.out.printf("  late commits: %s%n", late);
            summary.add(String.format("| %s | %,.0f events/s | %,.0f events/s | %+.1f %% (median of %d rounds) | "
                    + "%.0f / %.0f / %.0f ms | %,d, %.0f ms (tolerance %d ms) |", workload, median(off), median(on),
                    -median(cost), ROUNDS, lag.p50(), lag.p95(), lag.max(), late.events(), late.greatestMillis(),
                    lateTolerance.toMillis()));
        }

        /**
         * Processor time used by the ledger: this JVM and the PostgreSQL backends serving its database
         * (from /proc, in clock ticks of 10 ms). Other work on the machine does not count, so unlike
         * throughput this stays meaningful on a busy machine.
         */
        private static long ledgerCpuNanos() {
            long nanos = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (var process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String command = java.nio.file.Files.readString(process.resolve("cmdline"));
                        if (command.startsWith("postgres: ") && command.contains(" " + DB + " ")) {
                            String stat = java.nio.file.Files.readString(process.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            nanos += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return nanos;
        }

        /**
         * Runs the workload from all threads; answers events appended per second over the duration, counted
         * after a settling second (the sealer, just started or stopped, reaches its steady state: its lag's
         * worth of events behind). With a window, records what the ledger and the sealer spent in it.
         */
        private double measure(Workload work, Duration duration, Window window) throws Exception {
            var stop = new AtomicBoolean();
            var events = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                pool.submit(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        events.addAndGet(work.append(thread, n++));
                    }
                    return null;
                });
            }
            Thread.sleep(SETTLE.toMillis());
            long cpuBefore = ledgerCpuNanos();
            var sealerBefore = sealer.status();
            long eventsBefore = events.get();
            Instant from = Instant.now();
            long start = System.nanoTime();
            Thread.sleep(duration.toMillis());
            long counted = events.get() - eventsBefore;
            long nanos = System.nanoTime() - start;
            if (window != null) {
                var sealerAfter = sealer.status();
                window.cpuNanos = ledgerCpuNanos() - cpuBefore;
                window.events = counted;
                window.nanos = nanos;
                window.from = from;
                window.to = Instant.now();
                window.sealerBusy = sealerAfter.busy().toNanos() - sealerBefore.busy().toNanos();
                window.sealerCpu = sealerAfter.cpu().toNanos() - sealerBefore.cpu().toNanos();
            }
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            return counted / (nanos / 1e9);
        }

        /** What one measured phase appended and spent. */
        private static final class Window {
            long events;
            long nanos;
            long cpuNanos;
            double sealerBusy;
            double sealerCpu;
            Instant from;
            Instant to;
        }

        private int command(int thread, long n) {
            String request = requests.get((int) ((n * THREADS + thread) % requests.size()));
            commands.sendAndWait(new AddInternalNoteCommand(request, "Poznámka " + n));
            return 1;
        }

        private int rawBatch(int thread, long n) {
            String aggregate = "bench-" + UUID.randomUUID();
            var batch = new ArrayList<EventMessage<?>>();
            for (int i = 0; i < 10; i++) {
                batch.add(new GenericDomainEventMessage<>("Benchmark", aggregate, i,
                        new BenchmarkEvent("Událost číslo " + i + " vlákna " + thread, n)));
            }
            eventStore.publish(batch);
            return 10;
        }

        /** Time from an event's own timestamp to its sealing, for the events stamped while the sealer ran. */
        private Lag lag(List<Instant[]> windows) {
            var lags = new ArrayList<Double>();
            forEachSealed((link, sealedAt, latestBefore) -> {
                Instant time = Instant.parse(link.timeStamp());
                if (during(windows, time)) {
                    lags.add(Duration.between(time, sealedAt).toNanos() / 1e6);
                }
            });
            lags.sort(null);
            return new Lag(percentile(lags, 0.5), percentile(lags, 0.95), percentile(lags, 0.99),
                    lags.isEmpty() ? 0 : lags.get(lags.size() - 1), lags.size());
        }

        /**
         * Events that committed after an event stamped later had been sealed (concurrent transactions), and
         * by how much the latest: the late-tolerance must exceed it, or the sealer refuses such events.
         */
        private Late late(List<Instant[]> windows) {
            long[] late = new long[1];
            double[] greatest = new double[1];
            forEachSealed((link, sealedAt, latestBefore) -> {
                Instant time = Instant.parse(link.timeStamp());
                if (latestBefore != null && time.isBefore(latestBefore) && during(windows, time)) {
                    late[0]++;
                    greatest[0] = Math.max(greatest[0], Duration.between(time, latestBefore).toNanos() / 1e6);
                }
            });
            return new Late(late[0], greatest[0], lateTolerance);
        }

        /** Every sealed link in chain order, with its block's sealing time and the latest time sealed before it. */
        private void forEachSealed(SealedLinkHandler handler) {
            long head = store.head().position();
            Instant latest = null;
            for (long from = 1; from <= head; from += 10_000) {
                for (SealStore.StoredBlock stored : store.blocksCovering(from, from + 9_999)) {
                    if (stored.firstPosition() < from) {
                        continue;
                    }
                    for (SealBlock.Link link : stored.unpacked().links()) {
                        handler.accept(link, stored.sealedAt(), latest);
                        Instant time = Instant.parse(link.timeStamp());
                        latest = latest == null || time.isAfter(latest) ? time : latest;
                    }
                }
            }
        }

        private static boolean during(List<Instant[]> windows, Instant time) {
            return windows.stream().anyMatch(window -> !time.isBefore(window[0]) && !time.isAfter(window[1]));
        }

        private static double percentile(List<Double> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            double rank = quantile * (sorted.size() - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(sorted.size() - 1, below + 1);
            return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
        }

        private void catchUp() throws Exception {
            System.out.printf("%n== Sealer catching up with a backlog of %,d events%n", BACKLOG);
            sealer.stop();
            long batches = BACKLOG / 10;
            for (long n = 0; n < batches; n++) {
                rawBatch(0, n);
            }
            long start = System.nanoTime();
            int sealed = sealer.sealPending();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  sealed %,d events in %.2f s: %,.0f events/s%n", sealed, seconds, sealed / seconds);
            summary.add(String.format("| sealer alone, catching up with a backlog of %,d events | | %,.0f events "
                    + "sealed/s | | | |", BACKLOG, sealed / seconds));
            sealer.start();
        }

        private void verification() {
            System.out.printf("%n== Verification of the whole ledger%n");
            sealer.sealPending();
            long start = System.nanoTime();
            var result = verifier.verify(null);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %s%n  %,d events in %.2f s: %,.0f events/s%n", result.summary(),
                    result.eventsVerified(), seconds, result.eventsVerified() / seconds);
            summary.add(String.format("| verification of the whole ledger (%,d events) | | %,.0f events verified/s "
                    + "| | | |", result.eventsVerified(), result.eventsVerified() / seconds));
        }

        private String register(int i) {
            return commands.sendAndWait(new RegisterRequestCommand(UUID.randomUUID().toString(), null,
                    MunicipalityCode.of("583120"), AgendaCode.of("PORUCHY"), RequestKind.FAULT_OR_EMERGENCY,
                    Channel.PHONE, "Měření " + i, PersonalText.of("Popis žádosti pro měření"), Urgency.NORMAL,
                    new CitizenContact("Jan Novák", null, "+420 600 000 000", null), "benchmark", Instant.now()));
        }

        private static double min(double[] values) {
            return java.util.Arrays.stream(values).min().orElse(Double.NaN);
        }

        private static double max(double[] values) {
            return java.util.Arrays.stream(values).max().orElse(Double.NaN);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /** The machine's load average: other work on it shows in the figures. */
        private static double load() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    @FunctionalInterface
    private interface SealedLinkHandler {
        void accept(SealBlock.Link link, Instant sealedAt, Instant latestBefore);
    }

    private record Lag(double p50, double p95, double p99, double max, long events) {
        @Override
        public String toString() {
            return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms over %,d events", p50, p95, p99,
                    max, events);
        }
    }

    private record Late(long events, double greatestMillis, Duration tolerance) {
        @Override
        public String toString() {
            return String.format("%,d events sealed after a later-stamped one, the latest by %.0f ms "
                    + "(late-tolerance %d ms: %s)", events, greatestMillis, tolerance.toMillis(),
                    greatestMillis < tolerance.toMillis() ? "none refused" : "SOME WOULD BE REFUSED AS INSERTED");
        }
    }

    @FunctionalInterface
    private interface Workload {
        int append(int thread, long n);
    }
}
