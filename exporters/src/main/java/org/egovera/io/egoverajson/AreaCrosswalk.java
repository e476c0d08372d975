package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.egovera.io.eira.EiraLibrary;
import org.egovera.io.support.CsvTable;
import org.egovera.io.support.InputSource;
import org.egovera.io.support.Names;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.io.InputException;

/**
 * The reviewed table from the {@code Area} names of eGovERA building blocks to the EIRA 6.0.0
 * blocks they specialise ({@code area-crosswalk.csv}). Areas are matched ignoring case and spacing;
 * everything else is explicit, including the choices for Areas that name no EIRA block.
 */
public final class AreaCrosswalk {

    static final List<String> COLUMNS = List.of("area", "eira_name", "eira_puri", "eira41_name", "match", "note");

    /**
     * One row of the table.
     *
     * @param area       the Area as eGovERA writes it
     * @param eiraName   the name of the EIRA 6.0.0 block
     * @param eiraPuri   its PURI, which the importer resolves in the EIRA library
     * @param eira41Name the EIRA 4.1 block the Area names, where it differs from 6.0.0
     * @param match      {@code exact}, {@code renamed} (a 4.1 name that 6.0.0 changed) or {@code chosen}
     * @param note       why, for renamed and chosen rows
     * @param line       the row's line in the file
     */
    public record Entry(String area, String eiraName, String eiraPuri, String eira41Name, String match, String note, int line) {
    }

    private final InputSource source;
    private final Map<String, Entry> byArea;

    private AreaCrosswalk(InputSource source, Map<String, Entry> byArea) {
        this.source = source;
        this.byArea = byArea;
    }

    public static AreaCrosswalk read(InputSource source) {
        Map<String, Entry> byArea = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(source, COLUMNS)) {
            Entry entry = new Entry(row.get("area"), row.get("eira_name"), row.get("eira_puri"), row.get("eira41_name"),
                    row.get("match"), row.get("note"), row.line());
            if (entry.area().isEmpty() || entry.eiraPuri().isEmpty()) {
                throw new InputException(source.displayPath(), row.line(), 0, "a row needs an area and an eira_puri", null);
            }
            if (!List.of("exact", "renamed", "chosen").contains(entry.match())) {
                throw new InputException(source.displayPath(), row.line(), 0,
                        "match must be exact, renamed or chosen, not '" + entry.match() + "'", null);
            }
            if (!"exact".equals(entry.match()) && entry.note().isEmpty()) {
                throw new InputException(source.displayPath(), row.line(), 0,
                        "a " + entry.match() + " row must say why in its note", null);
            }
            if (byArea.putIfAbsent(key(entry.area()), entry) != null) {
                throw new InputException(source.displayPath(), row.line(), 0, "area '" + entry.area() + "' is listed twice", null);
            }
        }
        return new AreaCrosswalk(source, byArea);
    }

    public List<Entry> entries() {
        return new ArrayList<>(byArea.values());
    }

    /** The row for an Area as a source writes it, or null. */
    public Entry entryFor(String area) {
        return byArea.get(key(area));
    }

    /**
     * The EIRA block a row names, checked against the library: the PURI must be there and carry the
     * name the row gives, so that a reviewer reading the file sees what the importer uses.
     */
    public ArchitectureBuildingBlock resolve(Entry entry, EiraLibrary library) {
        ArchitectureBuildingBlock block = library.byPersistentUri(entry.eiraPuri());
        if (block == null) {
            throw new InputException(source.displayPath(), entry.line(), 0,
                    "no block of " + library.release() + " has the PURI " + entry.eiraPuri(), null);
        }
        if (!Names.clean(block.getName()).equalsIgnoreCase(Names.clean(entry.eiraName()))) {
            throw new InputException(source.displayPath(), entry.line(), 0, "the PURI " + entry.eiraPuri()
                    + " names '" + block.getName() + "' in " + library.release() + ", not '" + entry.eiraName() + "'", null);
        }
        return block;
    }

    public InputSource source() {
        return source;
    }

    private static String key(String area) {
        return Names.clean(area).toLowerCase(Locale.ROOT);
    }
}
