package org.egovera.io.egoverajson;

import java.util.List;

/**
 * A digital business capability. Release 6.0 lists the services that realise it; 2021 does not.
 *
 * @param services the services the record names (6.0), empty for 2021
 */
public record CapabilityRecord(String id, String policy, String name, List<NamedReference> services, int line)
        implements SourceRecord {

    public CapabilityRecord {
        services = List.copyOf(services);
    }
}
