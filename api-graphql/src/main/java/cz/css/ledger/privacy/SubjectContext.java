package cz.css.ledger.privacy;

import java.util.function.Supplier;

/**
 * The subject (request) whose event is being written to the event store. Only while it is set are
 * personal value objects encrypted; everywhere else (queries, commands) they serialize as they are.
 */
final class SubjectContext {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private SubjectContext() {
    }

    static <T> T writingFor(String subject, Supplier<T> write) {
        String previous = CURRENT.get();
        CURRENT.set(subject);
        try {
            return write.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static String current() {
        return CURRENT.get();
    }
}
