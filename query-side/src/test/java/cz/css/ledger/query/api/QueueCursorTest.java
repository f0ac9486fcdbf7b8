package cz.css.ledger.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.css.ledger.api.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueCursorTest {
    @Test
    void cursorRoundTripsReceivedAtAndRequestId() {
        var cursor = new QueueCursor(Instant.parse("2026-03-02T08:00:00.123456Z"),
                "0f8e5a1c-5b7e-4c39-9d42-1f2e3d4c5b6a");

        assertThat(QueueCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("2026", "|", "=");
    }

    @Test
    void cannotDecodeACursorWithoutBothParts() {
        assertThatThrownBy(() -> QueueCursor.decode("bm90aGluZw")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QueueCursor.decode("%%%")).isInstanceOf(InvalidInputException.class);
    }
}
