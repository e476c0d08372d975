package org.egovera.trace;

import java.util.List;
import java.util.Map;

/**
 * A trace: its direction ({@code forward}: what the subject relies on; {@code impact}: what a change of the
 * subject affects), the tree, and the distinct elements reached, by kind.
 */
public record TraceReport(String direction, TraceNode root, Map<String, List<String>> reached) {
}
