package org.egovera.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many elements of each kind a catalogue of given settings holds, where each kind starts in the
 * global numbering, and the identifier of every element. The counts follow from the settings alone
 * (no draws), so a caller knows a catalogue's size before it is written.
 */
public final class CatalogueLayout {

    /** Services a block: the 2021 release has 205 Tax blocks for 41 Tax services. */
    static final int BLOCKS_PER_SERVICE = 5;

    private final GeneratorSettings settings;
    private final Vocabulary vocabulary;
    private final List<Vocabulary.Domain> domains;
    private final int[] blocks;
    private final int[] services;
    private final int[] capabilities;
    private final int[] processes;
    private final int[] blockStart;
    private final int[] serviceStart;
    private final int[] capabilityStart;
    private final int[] processStart;

    private CatalogueLayout(GeneratorSettings settings, Vocabulary vocabulary) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.domains = vocabulary.domains();
        int count = domains.size();
        blocks = share(settings.buildingBlocks());
        processes = share(settings.processes());
        services = new int[count];
        capabilities = new int[count];
        for (int d = 0; d < count; d++) {
            services[d] = ceilDiv(blocks[d], BLOCKS_PER_SERVICE);
            // 2.4 services a capability, as in the 2021 release (41 Tax services, 17 capabilities).
            capabilities[d] = ceilDiv(5 * services[d], 12);
        }
        blockStart = starts(blocks);
        serviceStart = starts(services);
        capabilityStart = starts(capabilities);
        processStart = starts(processes);
    }

    public static CatalogueLayout of(GeneratorSettings settings) {
        return new CatalogueLayout(settings, Vocabulary.standard());
    }

    public GeneratorSettings settings() {
        return settings;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    int domainCount() {
        return domains.size();
    }

    Vocabulary.Domain domain(int d) {
        return domains.get(d);
    }

    int blocks(int d) {
        return blocks[d];
    }

    int services(int d) {
        return services[d];
    }

    int capabilities(int d) {
        return capabilities[d];
    }

    int processes(int d) {
        return processes[d];
    }

    int blockStart(int d) {
        return blockStart[d];
    }

    int serviceStart(int d) {
        return serviceStart[d];
    }

    int capabilityStart(int d) {
        return capabilityStart[d];
    }

    int processStart(int d) {
        return processStart[d];
    }

    int totalBlocks() {
        return blockStart[domains.size()];
    }

    int totalServices() {
        return serviceStart[domains.size()];
    }

    int totalCapabilities() {
        return capabilityStart[domains.size()];
    }

    int totalSolutions() {
        return settings.buildingBlocks() * settings.solutionsPerBlock();
    }

    int totalProcesses() {
        return settings.processes();
    }

    /** The domain of a block, service, capability or process given its global index and the starts of its kind. */
    static int domainOf(int[] starts, int global) {
        int d = 0;
        while (global >= starts[d + 1]) {
            d++;
        }
        return d;
    }

    int domainOfBlock(int global) {
        return domainOf(blockStart, global);
    }

    int domainOfService(int global) {
        return domainOf(serviceStart, global);
    }

    int domainOfCapability(int global) {
        return domainOf(capabilityStart, global);
    }

    int domainOfProcess(int global) {
        return domainOf(processStart, global);
    }

    String capabilityId(int global) {
        int d = domainOfCapability(global);
        return domains.get(d).capabilityPrefix() + (global - capabilityStart[d] + 1);
    }

    String serviceId(int global) {
        int d = domainOfService(global);
        return domains.get(d).servicePrefix() + (global - serviceStart[d] + 1);
    }

    String blockId(int global) {
        int d = domainOfBlock(global);
        return domains.get(d).blockPrefix() + (global - blockStart[d] + 1);
    }

    static String solutionId(int global) {
        return "SBB" + (global + 1);
    }

    static String processId(int global) {
        return "BP" + (global + 1);
    }

    static String taskId(int process, int task) {
        return processId(process) + ".T" + (task + 1);
    }

    static String eiraId(Vocabulary.EiraConcept concept) {
        return "eira." + concept.localName();
    }

    /** Element counts by class, in the order the catalogue holds them; the root is counted as a Catalogue. */
    public Map<String, Long> expectedElementsByClass() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Catalogue", 1L);
        counts.put("PolicyDomain", (long) domains.size());
        counts.put("DigitalBusinessCapability", (long) totalCapabilities());
        counts.put("DigitalPublicService", (long) totalServices());
        counts.put("ArchitectureBuildingBlock", (long) totalBlocks() + vocabulary.eiraConcepts().size());
        long organisations = vocabulary.actors().stream().filter(actor -> !actor.actorClass()).count();
        counts.put("Organisation", organisations);
        counts.put("ActorClass", vocabulary.actors().size() - organisations);
        counts.put("MemberState", (long) settings.memberStates());
        counts.put("Platform", (long) vocabulary.platforms().size());
        counts.put("CircleOfTrust", (long) vocabulary.circles().size());
        counts.put("SolutionBuildingBlock", (long) totalSolutions());
        counts.put("BusinessProcess", (long) settings.processes());
        counts.put("Task", (long) settings.processes() * settings.tasksPerProcess());
        return counts;
    }

    /** Every element the catalogue holds, root included. */
    public long expectedElements() {
        return expectedElementsByClass().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Splits {@code total} over the domains by weight; the first domain takes the remainder. */
    private int[] share(int total) {
        int weights = domains.stream().mapToInt(Vocabulary.Domain::weight).sum();
        int[] shares = new int[domains.size()];
        int rest = total;
        for (int d = 1; d < shares.length; d++) {
            shares[d] = (int) ((long) total * domains.get(d).weight() / weights);
            rest -= shares[d];
        }
        shares[0] = rest;
        return shares;
    }

    private static int[] starts(int[] counts) {
        int[] starts = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            starts[i + 1] = starts[i] + counts[i];
        }
        return starts;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
