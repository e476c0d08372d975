package org.egovera.analysis;

/** Counts of one policy domain. */
public record DomainCounts(int capabilities, int services, int buildingBlocks, int priorityCapabilities) {
}
