package org.egovera.analysis;

/**
 * The priority set of a domain: its capabilities, the priority ones, and the services and ABBs the
 * priority capabilities reach.
 */
public record PrioritySet(int capabilities, int priorityCapabilities, int services, int buildingBlocks) {
}
