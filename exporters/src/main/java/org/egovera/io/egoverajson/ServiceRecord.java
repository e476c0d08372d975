package org.egovera.io.egoverajson;

import java.util.List;

/**
 * A digital public service.
 *
 * @param capabilityIds the capabilities it realises, as written (placeholders and unknown ids included)
 */
public record ServiceRecord(String id, String policy, String name, List<String> capabilityIds, int line)
        implements SourceRecord {

    public ServiceRecord {
        capabilityIds = List.copyOf(capabilityIds);
    }
}
