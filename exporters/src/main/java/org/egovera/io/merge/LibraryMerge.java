package org.egovera.io.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;

/**
 * Merges EIRA building blocks into a catalogue's EIRA library by persistent URI, never
 * duplicating one: a block whose PURI the catalogue knows updates that block's facts (name,
 * ArchiMate type, dct:type, view, status); a new PURI adds a block as {@code eira.<local name>}.
 * Only facts travel, not EIRA's texts. Blocks without a PURI cannot be matched and are skipped, as
 * are further blocks with a PURI already given to an earlier one.
 */
public final class LibraryMerge {

    /** Library blocks are identified by this prefix and the local name of their PURI. */
    public static final String ID_PREFIX = "eira.";

    private LibraryMerge() {
    }

    public static MergeSummary merge(Catalogue target, List<ArchitectureBuildingBlock> blocks) {
        Map<String, ArchitectureBuildingBlock> byUri = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (var contents = target.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element) {
                ids.add(element.getId());
                if (element instanceof ArchitectureBuildingBlock block && block.getPersistentUri() != null) {
                    byUri.putIfAbsent(block.getPersistentUri(), block);
                }
            }
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> withoutUri = new ArrayList<>();
        for (ArchitectureBuildingBlock block : blocks) {
            String uri = block.getPersistentUri();
            if (uri == null || uri.isBlank()) {
                withoutUri.add("'" + block.getName() + "'");
                continue;
            }
            if (!seen.add(uri)) {
                notes.add("the PURI " + uri + " is given to more than one block: '" + block.getName()
                        + "' is skipped, the first one holds it");
                continue;
            }
            ArchitectureBuildingBlock existing = byUri.get(uri);
            if (existing == null) {
                ArchitectureBuildingBlock created = EgoveraFactory.eINSTANCE.createArchitectureBuildingBlock();
                created.setId(uniqueId(ID_PREFIX + localName(uri), ids));
                created.setPersistentUri(uri);
                created.setOrigin(AbbOrigin.EIRA);
                copyFacts(block, created);
                target.getEiraLibrary().add(created);
                byUri.put(uri, created);
                added++;
            } else if (copyFacts(block, existing)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        if (!withoutUri.isEmpty()) {
            notes.add(withoutUri.size() + " building block(s) have no PURI and cannot be matched, so were skipped: "
                    + String.join(", ", withoutUri.subList(0, Math.min(5, withoutUri.size())))
                    + (withoutUri.size() > 5 ? ", ..." : ""));
        }
        return new MergeSummary(added, updated, unchanged, notes);
    }

    /** Copies the facts EIRA states about a block; true if any changed. */
    private static boolean copyFacts(ArchitectureBuildingBlock from, ArchitectureBuildingBlock to) {
        boolean changed = false;
        if (from.getName() != null && !from.getName().equals(to.getName())) {
            to.setName(from.getName());
            changed = true;
        }
        if (from.getArchimateType() != to.getArchimateType()) {
            to.setArchimateType(from.getArchimateType());
            changed = true;
        }
        if (from.getDctType() != null && !from.getDctType().equals(to.getDctType())) {
            to.setDctType(from.getDctType());
            changed = true;
        }
        if (from.getView() != to.getView() && from.eIsSet(from.eClass().getEStructuralFeature("view"))) {
            to.setView(from.getView());
            changed = true;
        }
        if (!Objects.equals(from.getStatus(), to.getStatus())) {
            to.setStatus(from.getStatus());
            changed = true;
        }
        return changed;
    }

    private static String uniqueId(String candidate, Set<String> ids) {
        String id = candidate;
        for (int suffix = 2; !ids.add(id); suffix++) {
            id = candidate + "-" + suffix;
        }
        return id;
    }

    private static String localName(String uri) {
        String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return trimmed.substring(cut + 1).replaceAll("[^A-Za-z0-9_.-]", "");
    }
}
