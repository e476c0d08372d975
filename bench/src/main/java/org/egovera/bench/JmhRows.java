package org.egovera.bench;

import java.lang.reflect.Method;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results into report rows: each {@link Ours} method beside the {@link Baseline} method of
 * the same operation and the same parameters. A benchmark with neither annotation gets a row of its
 * own, named after its class and method.
 */
public final class JmhRows {

    /** One JMH result reduced to what the report needs. */
    record Measurement(String benchmark, Map<String, String> params, double score, double error, String unit,
            Double peakHeapMb) {
    }

    private JmhRows() {
    }

    /** Rows from a pass of timings and a pass of peak heaps over the same benchmarks. */
    public static List<Row> from(Collection<RunResult> times, Collection<RunResult> heaps) {
        Map<String, Double> peakHeaps = new LinkedHashMap<>();
        for (RunResult result : heaps) {
            Result<?> heap = result.getSecondaryResults().get(PeakHeapProfiler.LABEL);
            if (heap != null) {
                peakHeaps.put(result.getParams().getBenchmark() + params(result), heap.getScore());
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        for (RunResult result : times) {
            Map<String, String> params = params(result);
            // The median iteration: on a shared machine other processes only ever slow an iteration down,
            // and the mean follows those outliers; the error column keeps JMH's confidence interval.
            Result<?> primary = result.getPrimaryResult();
            measurements.add(new Measurement(result.getParams().getBenchmark(), params,
                    primary.getStatistics().getPercentile(50), primary.getScoreError(), primary.getScoreUnit(),
                    peakHeaps.get(result.getParams().getBenchmark() + params)));
        }
        return rows(measurements);
    }

    private static Map<String, String> params(RunResult result) {
        Map<String, String> params = new TreeMap<>();
        for (String key : result.getParams().getParamsKeys()) {
            params.put(key, result.getParams().getParam(key));
        }
        return params;
    }

    static List<Row> rows(List<Measurement> measurements) {
        Map<String, Measurement> ours = new LinkedHashMap<>();
        Map<String, Measurement> baselines = new LinkedHashMap<>();
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Measurement measurement : measurements) {
            Method method = method(measurement.benchmark());
            methods.put(measurement.benchmark(), method);
            // A method may be ours for one operation and the baseline of another (EMF's XMI save is the
            // baseline of the generator).
            Baseline baseline = method == null ? null : method.getAnnotation(Baseline.class);
            if (baseline != null) {
                for (String operation : baseline.value()) {
                    baselines.put(key(operation, measurement.params()), measurement);
                }
            }
            if (baseline == null || method.getAnnotation(Ours.class) != null) {
                ours.put(key(operation(measurement.benchmark(), method), measurement.params()), measurement);
            }
        }
        List<Row> rows = new ArrayList<>();
        java.util.Set<Measurement> used = new java.util.HashSet<>();
        for (Map.Entry<String, Measurement> entry : ours.entrySet()) {
            Measurement mine = entry.getValue();
            Method method = methods.get(mine.benchmark());
            Measurement base = baselines.get(entry.getKey());
            if (base != null) {
                used.add(base);
            }
            Ours annotation = method == null ? null : method.getAnnotation(Ours.class);
            Baseline baseAnnotation = base == null ? null : methods.get(base.benchmark()).getAnnotation(Baseline.class);
            String note = base != null && !base.unit().equals(mine.unit()) ? "units differ: " + base.unit() : null;
            rows.add(new Row(operation(mine.benchmark(), method), size(mine.params()), mine.score(), mine.error(),
                    baseAnnotation == null ? null : baseAnnotation.what(), base == null ? null : base.score(),
                    annotation == null || annotation.target() == 0 ? null : annotation.target(),
                    mine.peakHeapMb(), base == null ? null : base.peakHeapMb(), mine.unit(), note));
        }
        // A baseline none of whose operations was measured (a narrowed run) still shows, once.
        java.util.Set<Measurement> unused = new java.util.LinkedHashSet<>(baselines.values());
        unused.removeAll(used);
        unused.removeAll(ours.values());
        for (Measurement measurement : unused) {
            rows.add(new Row(operation(measurement.benchmark(), methods.get(measurement.benchmark())) + " (baseline only)",
                    size(measurement.params()), measurement.score(), measurement.error(), null, null, null,
                    measurement.peakHeapMb(), null, measurement.unit(), "no @Ours method for this operation"));
        }
        return rows;
    }

    /** "large (101,236)" for the preset parameter; other parameters follow as name=value. */
    static String size(Map<String, String> params) {
        StringBuilder size = new StringBuilder();
        String preset = params.get("preset");
        if (preset != null) {
            size.append(preset).append(" (")
                    .append(NumberFormat.getIntegerInstance(Locale.ROOT).format(Fixtures.elements(preset))).append(')');
        }
        new TreeMap<>(params).forEach((name, value) -> {
            if (!"preset".equals(name)) {
                size.append(size.length() == 0 ? "" : " ").append(name).append('=').append(value);
            }
        });
        return size.length() == 0 ? "-" : size.toString();
    }

    private static String operation(String benchmark, Method method) {
        Ours ours = method == null ? null : method.getAnnotation(Ours.class);
        if (ours != null) {
            return ours.value();
        }
        Baseline baseline = method == null ? null : method.getAnnotation(Baseline.class);
        if (baseline != null) {
            return baseline.value()[0];
        }
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String key(String operation, Map<String, String> params) {
        return operation + "|" + params;
    }

    private static Method method(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(benchmark.substring(0, dot));
            for (Method method : type.getMethods()) {
                if (method.getName().equals(benchmark.substring(dot + 1))) {
                    return method;
                }
            }
        } catch (ClassNotFoundException e) {
            return null;
        }
        return null;
    }
}
