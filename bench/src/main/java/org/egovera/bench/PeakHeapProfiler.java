package org.egovera.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap an operation needs: the largest heap occupancy left after a garbage collection during an
 * iteration (what the collector could not free: the operation's live data, its input included),
 * read from the JVM's own collection notifications, the data GC logs print. A full collection before
 * each iteration empties the old generation of earlier garbage. Meant for single-shot iterations in a
 * JVM with a small young generation ({@code -XX:+UseSerialGC -Xmn8m}, as {@link RunAll} runs it), so
 * that young collections come often and the occupancy after them follows the live data closely.
 * With no collection in an iteration, the heap in use at its end stands in, an upper bound. The
 * result is named {@value #LABEL}.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    public static final String LABEL = "peak-heap";

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
        }
    }

    @Override
    public String getDescription() {
        return "Peak heap after garbage collection (MB)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        PEAK_AFTER_GC.set(0);
        COLLECTIONS.set(0);
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long peak = COLLECTIONS.get() > 0 ? PEAK_AFTER_GC.get()
                : Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        return List.of(new ScalarResult(LABEL, peak / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }

    private static void record(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                MemoryUsage usage = pool.getValue();
                used += usage.getUsed();
            }
        }
        COLLECTIONS.incrementAndGet();
        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
    }
}
