package org.egovera.generate;

import java.util.Map;

/** What a generator run wrote: the settings, the elements by class, the links and the bytes. */
public record GenerationSummary(GeneratorSettings settings, long elements, long references,
        Map<String, Long> elementsByClass, long bytes) {
}
