package org.egovera.generate;

/**
 * The sizes every benchmark and issue refers to, ten times apart: about 1,000, 10,000 and 100,000
 * elements. All 27 Member States take part in each; blocks, solutions and processes grow.
 */
public enum Preset {
    SMALL(new GeneratorSettings(27, 60, 3, 26, 28, GeneratorSettings.DEFAULT_SEED)),
    MEDIUM(new GeneratorSettings(27, 600, 3, 260, 28, GeneratorSettings.DEFAULT_SEED)),
    LARGE(new GeneratorSettings(27, 6_000, 3, 2_600, 28, GeneratorSettings.DEFAULT_SEED));

    private final GeneratorSettings settings;

    Preset(GeneratorSettings settings) {
        this.settings = settings;
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** The name used on the command line and in benchmark reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
