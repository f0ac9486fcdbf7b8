package cz.css.ledger.privacy;

import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data keys of subjects (one per request), stored wrapped in {@code subject_key}. A key is
 * created in the transaction that stores the subject's first personal data, and destroyed on
 * erasure; without it the ciphertext in the events stays unreadable forever.
 */
public class SubjectKeys {
    static final int CACHED_KEYS = 10_000;
    private static final int PREFETCHED_AT_ONCE = 500;
    private final JdbcTemplate jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    /** Keys unwrapped lately, the least recently used dropped past {@link #CACHED_KEYS}: a key per request would fill the heap. */
    private final Map<String, SecretKey> unwrapped = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretKey> eldest) {
            return size() > CACHED_KEYS;
        }
    });
    /** Counts destructions, so a key read while one was committing is not cached (see {@link #find}). */
    private final AtomicLong destructions = new AtomicLong();

    SubjectKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The subject's key, created (and stored wrapped) if the subject has none yet. */
    SecretKey keyFor(String subject) {
        return find(subject).orElseGet(() -> create(subject));
    }

    /** The subject's key, or empty once it was destroyed (or never existed). */
    Optional<SecretKey> find(String subject) {
        SecretKey cached = unwrapped.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        long destructionsBefore = destructions.get();
        return jdbc.query("select wrapped_key from subject_key where subject_id = ?",
                        (row, i) -> row.getBytes(1), subject).stream().findFirst()
                .map(wrapped -> masterKey.unwrap(subject, wrapped))
                .map(key -> destructions.get() == destructionsBefore ? cache(subject, key) : key);
    }

    /**
     * Reads the keys of those of the subjects not cached yet in one query and caches them: a projection's batch of
     * events names its requests up front, where deserializing its events one by one would read a key each.
     */
    void prefetch(Collection<String> subjects) {
        List<String> missing = subjects.stream().filter(subject -> !unwrapped.containsKey(subject)).toList();
        for (int from = 0; from < missing.size(); from += PREFETCHED_AT_ONCE) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + PREFETCHED_AT_ONCE));
            long destructionsBefore = destructions.get();
            List<Map.Entry<String, byte[]>> wrapped = jdbc.query("select subject_id, wrapped_key from subject_key"
                            + " where subject_id in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    (row, i) -> Map.entry(row.getString(1), row.getBytes(2)), chunk.toArray());
            for (Map.Entry<String, byte[]> key : wrapped) {
                SecretKey unwrappedKey = masterKey.unwrap(key.getKey(), key.getValue());
                if (destructions.get() == destructionsBefore) {
                    cache(key.getKey(), unwrappedKey);
                }
            }
        }
    }

    /**
     * Destroys the subject's key in the current transaction: once it commits, the subject's personal
     * data can never be read again. The cached copy goes now and again when the transaction ends,
     * since until the commit other transactions still read the row.
     */
    public void destroy(String subject) {
        jdbc.update("delete from subject_key where subject_id = ?", subject);
        forget(subject);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(subject);
                }
            });
        }
    }

    private void forget(String subject) {
        destructions.incrementAndGet();
        unwrapped.remove(subject);
    }

    private SecretKey create(String subject) {
        SecretKey key = newKey();
        jdbc.update("insert into subject_key (subject_id, wrapped_key, created_at) values (?, ?, ?)", subject,
                masterKey.wrap(subject, key), Timestamp.from(clock.instant()));
        return cache(subject, key);
    }

    private SecretKey cache(String subject, SecretKey key) {
        unwrapped.put(subject, key);
        return key;
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
