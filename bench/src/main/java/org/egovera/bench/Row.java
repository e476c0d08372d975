package org.egovera.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the benchmark report: an operation at a size, our time beside the baseline's measured
 * in the same run, their ratio, the target for that ratio where there is one, and the peak heap.
 * Times are in {@link #unit}; a null baseline means the operation has none.
 */
public record Row(String operation, String size, double ours, double oursError, String baselineWhat, Double baseline,
        Double target, Double peakHeapMb, Double baselinePeakHeapMb, String unit, String note) {

    /** ours / baseline, or null without a baseline. */
    @JsonProperty("ratio")
    public Double ratio() {
        return baseline == null || baseline == 0 ? null : ours / baseline;
    }

    /** Whether the ratio meets the target; null when there is no target. */
    @JsonProperty("targetMet")
    public Boolean targetMet() {
        Double ratio = ratio();
        return target == null || ratio == null ? null : ratio <= target;
    }
}
