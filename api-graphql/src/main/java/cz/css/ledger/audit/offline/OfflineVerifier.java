package cz.css.ledger.audit.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Verifies a ledger export without the running system, with the JDK and this package alone:
 *
 * <pre>
 * java -cp api-graphql/target/classes cz.css.ledger.audit.offline.OfflineVerifier \
 *      export.jsonl public-key.txt [--published POSITION:HEAD]
 * </pre>
 *
 * The public key is the one the auditor trusts (Base64 X.509, as published), never one taken from
 * the export. Exit code 0 and "VERIFIED ..." when every event matches its link and a checkpoint
 * signed by that key covers them; exit code 1 and "FAILED at line ...: why" otherwise.
 */
public final class OfflineVerifier {
    private OfflineVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("--published"))) {
            System.err.println("usage: OfflineVerifier EXPORT.jsonl PUBLIC-KEY-FILE [--published POSITION:HEAD]");
            System.exit(2);
        }
        var outcome = verify(Path.of(args[0]), Files.readString(Path.of(args[1])).strip(),
                args.length == 4 ? args[3] : null);
        System.out.println(outcome.describe());
        System.exit(outcome.verified() ? 0 : 1);
    }

    /** Verifies the export file against the trusted public key and an optional published "position:head". */
    public static ExportVerifier.Outcome verify(Path export, String publicKey, String published) throws IOException {
        Long position = null;
        String head = null;
        if (published != null) {
            int colon = published.indexOf(':');
            position = Long.parseLong(published.substring(0, colon));
            head = published.substring(colon + 1);
        }
        var verifier = new ExportVerifier(SealKeys.publicKey(publicKey), position, head);
        try (var lines = Files.lines(export, StandardCharsets.UTF_8)) {
            return verifier.verify(lines.iterator());
        }
    }
}
