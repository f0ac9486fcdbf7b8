package cz.css.ledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run as a Markdown table, printed as they come and written to target/ at the end. */
final class Report {
    private final List<String> lines = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    void note(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        lines.add(line);
    }

    /** One measured figure: what, how many clients, rate, p50/p99 latency, ratio to raw and remarks. */
    void row(String what, String clients, String rate, String latency, String ratio, String remark) {
        String[] row = {what, clients, rate, latency, ratio, remark};
        rows.add(row);
        System.out.printf("  %-52s %8s %16s %18s %8s %s%n", (Object[]) row);
    }

    String markdown() {
        var text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        text.append("\n| measurement | clients | rate | p50 / p99 ms | vs raw | remark |\n");
        text.append("| --- | --- | --- | --- | --- | --- |\n");
        for (String[] row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return text.toString();
    }

    Path write(Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Files.writeString(file, markdown());
        return file;
    }
}
