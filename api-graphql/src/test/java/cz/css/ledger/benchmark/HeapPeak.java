package cz.css.ledger.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The highest heap use of this JVM, taken from the heap pools' use just before each garbage collection (heap use
 * peaks there). The pools' own peaks are not additive: each pool peaks at a different moment, so their sum can
 * exceed the maximum heap.
 */
final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(pool -> pool.getName()).collect(Collectors.toSet());

    HeapPeak() {
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    record(info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum());
                }
            }, null, null);
        }
    }

    /** The peak in bytes: the highest before-collection use seen, or the current use where that is higher. */
    long bytes() {
        record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return peak.get();
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }
}
