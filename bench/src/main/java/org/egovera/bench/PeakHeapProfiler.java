package org.egovera.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap an operation needs: its largest live heap, sampled during a measured iteration by full
 * collections and read from the JVM's collection notifications (the data GC logs print). Only full
 * collections count: what a young collection leaves includes garbage promoted earlier. The live heap
 * includes the operation's input (the model, for a save). A collection comes {@value #SAMPLE_MILLIS}
 * ms after the previous one ended, or twice as long as it took if that is longer, so that sampling
 * never more than triples an operation's time; still too slow to run while timing, so it has a pass
 * of its own ({@link RunAll}). Warm-up iterations are not sampled. The result is named
 * {@value #LABEL}, in MB.
 */
public final class PeakHeapProfiler implements InternalProfiler {

    public static final String LABEL = "peak-heap";

    static final long SAMPLE_MILLIS = 20;

    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicLong SAMPLES = new AtomicLong();
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

    private volatile Thread sampler;

    @Override
    public String getDescription() {
        return "Peak live heap, sampled by full collections (MB)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        sampler = null;
        if (iterationParams.getType() != IterationType.MEASUREMENT) {
            return;
        }
        System.gc();
        PEAK.set(0);
        SAMPLES.set(0);
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long started = System.nanoTime();
                System.gc();
                long took = (System.nanoTime() - started) / 1_000_000;
                try {
                    Thread.sleep(Math.max(SAMPLE_MILLIS, 2 * took));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap-sampler");
        thread.setDaemon(true);
        sampler = thread;
        thread.start();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        Thread thread = sampler;
        if (thread == null) {
            return List.of();
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(new ScalarResult(LABEL, PEAK.get() / (1024.0 * 1024.0), "MB", AggregationPolicy.MAX));
    }

    private static void record(GarbageCollectionNotificationInfo info) {
        if (!"System.gc()".equals(info.getGcCause())) {
            return;
        }
        long used = 0;
        for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        SAMPLES.incrementAndGet();
        PEAK.accumulateAndGet(used, Math::max);
    }
}
