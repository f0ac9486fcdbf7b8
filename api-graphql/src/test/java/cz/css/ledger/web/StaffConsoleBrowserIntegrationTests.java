package cz.css.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import cz.css.ledger.PostgresIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff console end to end in real Chromium (Debian's package, which docker/test-chromium.sh
 * installs), driven by frontend/e2e/console.e2e.mjs with playwright-core against this application
 * on PostgreSQL. The script's steps: sign in, register, the live queue, both paths of the seed rule
 * to closing, a readable refusal, the keyboard, the survey (by phone, and by the citizen on the
 * public page with the code), a mayor's limits, the mayor's figures moved by exactly this run's
 * work, the overview, audit, trends and replay, English, the queue's filters and pages, a narrow
 * screen, the bundled GraphiQL, signing out (docs/ui.md lists them). It saves screenshots to
 * api-graphql/target/e2e-screenshots, or to {@code -Dledger.screenshots=docs/screenshots} (from the
 * repository root) to refresh the README's.
 */
@PostgresIntegrationTest
class StaffConsoleBrowserIntegrationTests {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @LocalServerPort
    int port;

    @Test
    void staffWorkRequestsThroughBothPathsOfTheSeedRuleInARealBrowser() throws Exception {
        Path log = MODULE.resolve("target/e2e/console.log");
        Files.createDirectories(log.getParent());
        var script = new ProcessBuilder("node", "e2e/console.e2e.mjs")
                .directory(MODULE.resolve("frontend").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        script.environment().put("LEDGER_BASE_URL", "http://localhost:" + port);
        script.environment().put("LEDGER_SCREENSHOTS_DIR", screenshots().toString());

        Process running = script.start();
        boolean finished = running.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            running.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("the browser tests finish within 5 minutes").isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        assertThat(output).contains(" passed, 0 failed").doesNotContain("FAIL");
    }

    private static Path screenshots() {
        String wanted = System.getProperty("ledger.screenshots");
        return wanted == null || wanted.isBlank() ? MODULE.resolve("target/e2e-screenshots")
                : MODULE.getParent().resolve(wanted).normalize();
    }
}
