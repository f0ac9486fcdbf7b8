package cz.css.ledger.workload;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger as a separate operating-system process (java -cp ... LedgerApplication) on its own
 * port and database, started from the test classpath: it can be killed with SIGKILL like a real
 * server losing power, and started again on the same database.
 */
public final class LedgerProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt = System.nanoTime();

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** How the ledger is launched: from the test classpath, or as the packaged application. */
    public record Launch(List<String> command) {
        public static Launch fromTestClasspath() {
            return new Launch(List.of("-cp", testClasspath(), "cz.css.ledger.LedgerApplication"));
        }

        /** {@code java -jar}, with the tests' settings (profile {@code it}) read from the module's test resources. */
        public static Launch packaged(Path jar) {
            return new Launch(List.of("-jar", jar.toString(),
                    "--spring.config.additional-location=optional:file:src/test/resources/"));
        }
    }

    /**
     * Starts the ledger from the test classpath with profiles {@code postgres,it} on the given database,
     * accepting tokens of the issuer; {@code jvmOptions} and {@code arguments} come before and after the
     * main class.
     */
    public static LedgerProcess start(String databaseUrl, TestTokens issuer, Path log, List<String> jvmOptions,
            List<String> arguments) {
        return start(Launch.fromTestClasspath(), databaseUrl, issuer, log, jvmOptions, arguments);
    }

    /** Starts the ledger as {@code launch} says, otherwise as {@link #start(String, TestTokens, Path, List, List)}. */
    public static LedgerProcess start(Launch launch, String databaseUrl, TestTokens issuer, Path log,
            List<String> jvmOptions, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launch.command());
        command.add("--server.port=" + port);
        command.add("--spring.profiles.active=postgres,it");
        command.add("--spring.datasource.url=" + databaseUrl);
        command.add("--spring.security.oauth2.resourceserver.jwt.public-key-location=" + issuer.publicKeyLocation());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new LedgerProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the health endpoint answers UP; returns the time from launch to ready. */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger process exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The ledger did not start within " + timeout + "; see " + log);
    }

    /** Waits for a process that ends by itself (a training run); answers its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("The ledger process did not end within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no orderly close of connections, transactions cut off mid-flight. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: an orderly shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The classpath of the tests (surefire hands it over in a property when it launches through a manifest jar). */
    static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, classpath.split(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
