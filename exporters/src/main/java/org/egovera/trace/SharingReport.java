package org.egovera.trace;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Services and ABBs that serve tasks of several processes: candidates for one shared or central
 * implementation. {@code memberStates} is the n of the interface counts and {@code memberStatesBasis}
 * says where it comes from.
 */
public record SharingReport(int memberStates, String memberStatesBasis, int minProcesses, List<Candidate> candidates) {

    /**
     * One candidate: the processes it serves (directly, or through a process that calls one it serves
     * directly), the tasks mapped to it, the Member States already using a solution for it, and the
     * interfaces among n Member States: n(n-1) point to point against n+1 through a central service.
     */
    public record Candidate(String kind, String id, String name, List<ServedProcess> processes, List<String> tasks,
            List<String> memberStatesUsingSolutions, long pointToPointInterfaces, long centralInterfaces) {

        @JsonProperty
        public int processCount() {
            return processes.size();
        }

        @JsonProperty
        public long interfacesSaved() {
            return pointToPointInterfaces - centralInterfaces;
        }
    }

    /** A process served, and how: "direct" or "calls <process id>". */
    public record ServedProcess(String id, String name, String how) {
    }
}
