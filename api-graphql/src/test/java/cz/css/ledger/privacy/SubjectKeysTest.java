package cz.css.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class SubjectKeysTest {
    private static final String SELECT = "select wrapped_key from subject_key where subject_id = ?";

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final SubjectKeys keys = new SubjectKeys(jdbc, MasterKey.fromBase64(Base64.getEncoder()
            .encodeToString(new byte[32])), Clock.systemUTC());

    SubjectKeysTest() {
        when(jdbc.query(eq(SELECT), any(RowMapper.class), anyString())).thenReturn(List.of());
    }

    @Test
    void aKeyUsedLatelyIsServedFromMemory() {
        var key = keys.keyFor("request-1");

        assertThat(keys.keyFor("request-1")).isSameAs(key);
        verify(jdbc, times(1)).query(eq(SELECT), any(RowMapper.class), eq("request-1"));
    }

    @Test
    void onlyTheLatestKeysStayInMemorySoAReplayOfEveryRequestDoesNotFillTheHeap() {
        keys.keyFor("request-0");
        for (int i = 1; i <= SubjectKeys.CACHED_KEYS; i++) {
            keys.keyFor("request-" + i);
        }
        keys.find("request-" + SubjectKeys.CACHED_KEYS);
        verify(jdbc, times(1)).query(eq(SELECT), any(RowMapper.class), eq("request-" + SubjectKeys.CACHED_KEYS));

        keys.find("request-0");
        verify(jdbc, times(2)).query(eq(SELECT), any(RowMapper.class), eq("request-0"));
        verify(jdbc, never()).update(eq("delete from subject_key where subject_id = ?"), anyString());
    }
}
