package org.egovera.io.egoverajson;

import java.nio.file.Path;
import java.util.List;

/**
 * The records of one eGovERA JSON file, with what the file was found to hold.
 *
 * @param file    the file
 * @param kind    what its records describe
 * @param layout  which release's layout it follows
 * @param records the records in file order
 */
public record JsonTable(Path file, TableKind kind, SourceLayout layout, List<SourceRecord> records) {

    public JsonTable {
        records = List.copyOf(records);
    }

    /** The file's name, which data gaps and provenance record (never the full path). */
    public String fileName() {
        return file.getFileName().toString();
    }

    public List<CapabilityRecord> capabilities() {
        return records.stream().filter(CapabilityRecord.class::isInstance).map(CapabilityRecord.class::cast).toList();
    }

    public List<ServiceRecord> services() {
        return records.stream().filter(ServiceRecord.class::isInstance).map(ServiceRecord.class::cast).toList();
    }

    public List<BuildingBlockRecord> buildingBlocks() {
        return records.stream().filter(BuildingBlockRecord.class::isInstance).map(BuildingBlockRecord.class::cast).toList();
    }
}
