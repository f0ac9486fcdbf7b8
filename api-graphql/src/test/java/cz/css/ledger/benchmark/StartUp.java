package cz.css.ledger.benchmark;

import cz.css.ledger.workload.LedgerProcess;
import cz.css.ledger.workload.LedgerProcess.Launch;
import cz.css.ledger.workload.RawGraphQl;
import cz.css.ledger.workload.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cold start-up of the application as its own process ({@code -Xmx512m}): from the test classpath,
 * first on the empty database, then again; and, where the build has packaged the application, the
 * packaged jar extracted as Spring Boot recommends, restarted without and with a class-data-sharing
 * archive made by a training run (docs/operations.md, "Start-up").
 */
final class StartUp {
    private static final List<String> QUIET = List.of("--logging.level.root=WARN",
            "--logging.level.cz.css.ledger.LedgerApplication=INFO");
    private static final Path DIRECTORY = Path.of("target", "benchmark");

    private final String dbUrl;
    private final TestTokens issuer;
    private final Report report;

    StartUp(String dbUrl, TestTokens issuer, Report report) {
        this.dbUrl = dbUrl;
        this.issuer = issuer;
        this.report = report;
    }

    void measure() throws Exception {
        report.note("%n### Start-up (own process, -Xmx512m)");
        measure(Launch.fromTestClasspath(), "first start (migrations, catalogue seed)", List.of(), "startup-1.log");
        measure(Launch.fromTestClasspath(), "restart on the same database", List.of(), "startup-2.log");
        Optional<Path> jar = packagedJar();
        if (jar.isEmpty()) {
            report.note("No packaged application in target/ (run the build's package phase): packaged start-up not "
                    + "measured");
            return;
        }
        Path application = extract(jar.get());
        Path archive = DIRECTORY.resolve("packaged").resolve("ledger.jsa");
        Files.deleteIfExists(archive);
        try (LedgerProcess training = LedgerProcess.start(Launch.packaged(application), dbUrl, issuer,
                DIRECTORY.resolve("startup-training.log"), List.of("-Xmx512m", "-XX:ArchiveClassesAtExit=" + archive,
                        "-Dspring.context.exit=onRefresh"), QUIET)) {
            training.awaitExit(Duration.ofMinutes(5));
        }
        measure(Launch.packaged(application), "restart, packaged jar (extracted)", List.of(), "startup-3.log");
        measure(Launch.packaged(application), "restart, packaged jar with a class-data-sharing archive",
                List.of("-XX:SharedArchiveFile=" + archive), "startup-4.log");
    }

    private void measure(Launch launch, String which, List<String> jvmOptions, String logName) throws Exception {
        Path log = DIRECTORY.resolve(logName);
        var options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(jvmOptions);
        try (LedgerProcess ledger = LedgerProcess.start(launch, dbUrl, issuer, log, options, QUIET)) {
            Duration ready = ledger.awaitReady(Duration.ofMinutes(5));
            String spring = Files.readAllLines(log).stream().filter(l -> l.contains("Started LedgerApplication"))
                    .findFirst().map(l -> l.replaceAll(".*Started LedgerApplication in ", ""))
                    .orElse("(no start line)");
            double heap = heapMegabytes(ledger.port());
            report.row("start-up: " + which, "-", "-", "-", "-", String.format(
                    "ready (health UP) after %.1f s; Spring: %s; heap used %.0f MB", ready.toMillis() / 1000.0,
                    spring, heap));
            ledger.stop();
        }
    }

    /** The application the build packaged (Spring Boot's executable jar), if it did. */
    private static Optional<Path> packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("api-graphql-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).findFirst();
        }
    }

    /** Spring Boot's extracted layout (the application jar beside its libraries), which the JVM can archive. */
    private static Path extract(Path jar) throws Exception {
        Path destination = DIRECTORY.resolve("packaged");
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString(),
                "--force").inheritIO().start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Extracting " + jar + " failed");
        }
        return destination.resolve(jar.getFileName());
    }

    private double heapMegabytes(int port) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                .header("Authorization", issuer.staff("benchmark", Duration.ofMinutes(5))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        var json = RawGraphQl.JSON.readTree(response.body());
        return json.path("measurements").get(0).path("value").asDouble() / (1 << 20);
    }
}
