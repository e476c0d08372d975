package org.egovera.io.eira;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.io.archimate.ExchangeElement;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.support.DataGapLog;
import org.egovera.io.support.Names;
import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.DataGapKind;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Property;
import org.egovera.model.Provenance;

/**
 * Turns the architecture building blocks of an EIRA exchange file into the catalogue's EIRA
 * library. Facts are carried over (name, PURI, ArchiMate type, view, dct:type, status); EIRA's text
 * is not. Where EIRA itself is incomplete (no view, several views, no dct:type, no PURI, a PURI used
 * twice) the block is kept as EIRA has it and the defect is recorded as a data gap.
 */
public final class EiraLibraryImporter {

    /** Identifiers of library blocks start with this, followed by the PURI's local name. */
    public static final String ID_PREFIX = "eira.";

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    public EiraLibrary importLibrary(ExchangeModel model, DataGapLog gaps) {
        EiraPropertyScheme scheme = EiraPropertyScheme.of(model);
        String release = releaseOf(model);
        String sourceFile = model.source() == null ? null : model.source().getFileName().toString();
        List<ExchangeElement> sourceBlocks = model.elements().stream().filter(scheme::isArchitectureBuildingBlock).toList();
        Map<String, Integer> puriUse = new HashMap<>();
        sourceBlocks.forEach(element -> {
            String puri = scheme.persistentUri(element);
            if (puri != null) {
                puriUse.merge(puri, 1, Integer::sum);
            }
        });

        Set<String> ids = new HashSet<>();
        Set<String> purisGiven = new HashSet<>();
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
        for (ExchangeElement element : sourceBlocks) {
            ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
            String puri = scheme.persistentUri(element);
            block.setId(identifier(element, puri, purisGiven, ids));
            block.setName(element.name());
            block.setPersistentUri(puri);
            block.setOrigin(AbbOrigin.EIRA);
            block.setArchimateType(typeOf(element, block, gaps, sourceFile));
            block.setStatus("Obsolete".equalsIgnoreCase(element.value(EiraPropertyScheme.STATUS)) ? AbbStatus.OBSOLETE : AbbStatus.ACTIVE);
            block.setProvenance(provenance(release, element.identifier(), sourceFile));
            setView(element, block, gaps, sourceFile);
            setDctType(element, block, gaps, sourceFile);
            if (puri == null) {
                String note = scheme.hasPersistentUris() ? "EIRA gives this block no PURI; it is kept without one"
                        : "this EIRA release gives no PURIs";
                gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "persistentUri", null,
                        note, block);
            } else if (puriUse.get(puri) > 1) {
                gaps.record(DataGapKind.DUPLICATE_URI, sourceFile, element.identifier(), "persistentUri", puri,
                        "EIRA gives this PURI to " + puriUse.get(puri) + " blocks; each keeps it, the first in the file gets the readable identifier",
                        block);
            }
            blocks.add(block);
        }
        return new EiraLibrary(release, blocks);
    }

    /** {@code EIRA v6.0.0} becomes {@code EIRA 6.0.0}. */
    static String releaseOf(ExchangeModel model) {
        String name = model.name();
        return name.isEmpty() ? "EIRA" : name.replaceFirst("\\bv(?=\\d)", "");
    }

    private static String identifier(ExchangeElement element, String puri, Set<String> purisGiven, Set<String> ids) {
        String id;
        if (puri != null && purisGiven.add(puri)) {
            id = ID_PREFIX + safe(Names.localName(puri));
        } else {
            id = ID_PREFIX + Names.upperCamel(element.name()) + safe(String.valueOf(element.type()));
        }
        if (!ids.add(id)) {
            id = id + "." + safe(element.identifier());
            ids.add(id);
        }
        return id;
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9_.-]", "");
    }

    private static ArchimateElementType typeOf(ExchangeElement element, ArchitectureBuildingBlock block, DataGapLog gaps,
            String sourceFile) {
        ArchimateElementType type = element.type() == null ? null : ArchimateElementType.get(element.type());
        if (type == null) {
            gaps.record(DataGapKind.MALFORMED_VALUE, sourceFile, element.identifier(), "archimateType", element.type(),
                    "not an ArchiMate element type the catalogue knows", block);
            return ArchimateElementType.UNSPECIFIED;
        }
        return type;
    }

    private static void setView(ExchangeElement element, ArchitectureBuildingBlock block, DataGapLog gaps, String sourceFile) {
        List<String> views = element.values(EiraPropertyScheme.VIEW);
        EiraView view = views.isEmpty() ? null : EiraViews.parse(views.get(0));
        block.setView(view == null ? EiraView.UNSPECIFIED : view);
        if (views.size() > 1 || (!views.isEmpty() && view == null)) {
            views.forEach(raw -> block.getProperties().add(property(EiraPropertyScheme.VIEW, raw)));
        }
        if (views.isEmpty()) {
            gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "view", null,
                    "EIRA gives this block no view", block);
        } else if (view == null) {
            gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "view", views.get(0),
                    "EIRA names a view that is none of the five; kept in the block's properties", block);
        } else if (views.size() > 1) {
            gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "view",
                    String.join("; ", views),
                    "EIRA gives this block " + views.size() + " views; the first is used and all are kept in its properties",
                    block);
        }
    }

    private static void setDctType(ExchangeElement element, ArchitectureBuildingBlock block, DataGapLog gaps,
            String sourceFile) {
        String dctType = element.value(EiraPropertyScheme.DCT_TYPE);
        block.setDctType(dctType);
        if (dctType == null) {
            gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "dctType", null,
                    "EIRA gives this block no dct:type", block);
        } else if (!dctType.startsWith("eira:")) {
            gaps.record(DataGapKind.INCOMPLETE_SOURCE_ELEMENT, sourceFile, element.identifier(), "dctType", dctType,
                    "EIRA's dct:type lacks the eira: prefix; kept as EIRA writes it", block);
        }
    }

    private static Provenance provenance(String release, String sourceId, String sourceFile) {
        Provenance provenance = FACTORY.createProvenance();
        provenance.setRelease(release);
        provenance.setSourceId(sourceId);
        provenance.setSourceFile(sourceFile);
        return provenance;
    }

    private static Property property(String key, String value) {
        Property property = FACTORY.createProperty();
        property.setKey(key);
        property.setValue(value);
        return property;
    }
}
