package org.egovera.generate;

/**
 * What a synthetic catalogue holds: {@code memberStates} Member States, {@code buildingBlocks}
 * eGovERA architecture building blocks (services and capabilities follow from them in the
 * proportions of the 2021 release: five blocks a service, 2.4 services a capability),
 * {@code solutionsPerBlock} solution building blocks for each block, and {@code processes} business
 * processes of {@code tasksPerProcess} tasks. The same settings and seed give the same bytes.
 */
public record GeneratorSettings(int memberStates, int buildingBlocks, int solutionsPerBlock, int processes,
        int tasksPerProcess, long seed) {

    public static final long DEFAULT_SEED = 1L;

    /** Enough blocks that every one of the four domains gets at least one capability, service and block. */
    public static final int MIN_BUILDING_BLOCKS = 20;

    /** Keeps a catalogue within what one XMI file and one EMF resource can hold (int indexes). */
    public static final long MAX_ELEMENTS = 50_000_000L;

    public GeneratorSettings {
        int states = Vocabulary.standard().memberStates().size();
        require(memberStates >= 1 && memberStates <= states, "--member-states must be between 1 and " + states);
        require(buildingBlocks >= MIN_BUILDING_BLOCKS, "--abbs must be at least " + MIN_BUILDING_BLOCKS);
        require(solutionsPerBlock >= 0, "--sbbs-per-abb must not be negative");
        require(processes >= 0, "--processes must not be negative");
        require(tasksPerProcess >= 0, "--tasks-per-process must not be negative");
        long elements = (long) buildingBlocks * (1 + solutionsPerBlock) + (long) processes * (1 + tasksPerProcess);
        require(elements <= MAX_ELEMENTS, "the catalogue would exceed " + MAX_ELEMENTS + " elements");
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(memberStates, buildingBlocks, solutionsPerBlock, processes, tasksPerProcess, newSeed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
