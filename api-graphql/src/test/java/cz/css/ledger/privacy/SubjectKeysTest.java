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
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

class SubjectKeysTest {
    private static final String SELECT = "select wrapped_key from subject_key where subject_id = ?";
    private static final String PREFETCH = "select subject_id, wrapped_key from subject_key where subject_id in ";

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final MasterKey masterKey = MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
    private final SubjectKeys keys = new SubjectKeys(jdbc, masterKey, Clock.systemUTC());

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

    @Test
    void theKeysOfABatchAreReadInOneQueryAndThenServedFromMemory() throws Exception {
        SecretKey first = newKey();
        SecretKey second = newKey();
        when(jdbc.query(eq(PREFETCH + "(?, ?, ?)"), any(RowMapper.class), eq("request-1"), eq("request-2"),
                eq("request-3"))).thenReturn(List.of(Map.entry("request-1", masterKey.wrap("request-1", first)),
                Map.entry("request-2", masterKey.wrap("request-2", second))));

        keys.prefetch(List.of("request-1", "request-2", "request-3"));

        assertThat(keys.find("request-1")).contains(first);
        assertThat(keys.find("request-2")).contains(second);
        verify(jdbc, never()).query(eq(SELECT), any(RowMapper.class), eq("request-1"));
        verify(jdbc, never()).query(eq(SELECT), any(RowMapper.class), eq("request-2"));
    }

    @Test
    void aBatchReadsOnlyTheKeysNotInMemory() {
        keys.keyFor("request-1");

        keys.prefetch(List.of("request-1", "request-2"));

        verify(jdbc, times(1)).query(eq(PREFETCH + "(?)"), any(RowMapper.class), eq("request-2"));
    }

    private static SecretKey newKey() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }
}
