package org.egovera.io.eira;

import org.egovera.io.archimate.ExchangeElement;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.PropertyDefinition;

/**
 * The properties through which an EIRA release marks its architecture building blocks. EIRA 6.0.0
 * says so with {@code eira:concept} and gives each block a {@code eira:PURI}; EIRA 4.1.0 has
 * neither and numbers its blocks in an {@code ID} property ({@code ABB13}).
 */
public enum EiraPropertyScheme {

    /** EIRA 6.x: {@code eira:concept = eira:ArchitectureBuildingBlock}, PURIs in {@code eira:PURI}. */
    CONCEPT_AND_PURI("eira:concept", "eira:PURI"),

    /** EIRA 4.x: blocks carry an {@code ID} such as {@code ABB13} and an {@code eira:} dct:type; no PURI. */
    NUMBERED_ID("ID", null);

    public static final String VIEW = "eira:view";
    public static final String DCT_TYPE = "dct:type";
    public static final String STATUS = "eira:ABB_Status";
    public static final String ARCHITECTURE_BUILDING_BLOCK = "eira:ArchitectureBuildingBlock";

    private final String markerProperty;
    private final String puriProperty;

    EiraPropertyScheme(String markerProperty, String puriProperty) {
        this.markerProperty = markerProperty;
        this.puriProperty = puriProperty;
    }

    /** The scheme a model uses, judged by the property definitions it declares. */
    public static EiraPropertyScheme of(ExchangeModel model) {
        boolean declaresConcept = model.propertyDefinitions().stream()
                .map(PropertyDefinition::name)
                .anyMatch(CONCEPT_AND_PURI.markerProperty::equals);
        return declaresConcept ? CONCEPT_AND_PURI : NUMBERED_ID;
    }

    public boolean isArchitectureBuildingBlock(ExchangeElement element) {
        if (this == CONCEPT_AND_PURI) {
            return ARCHITECTURE_BUILDING_BLOCK.equals(element.value(markerProperty));
        }
        String id = element.value(markerProperty);
        String dctType = element.value(DCT_TYPE);
        return id != null && id.startsWith("AB") && dctType != null && dctType.startsWith("eira:");
    }

    /** The block's persistent URI, or null where the scheme has none or the block lacks it. */
    public String persistentUri(ExchangeElement element) {
        return puriProperty == null ? null : element.value(puriProperty);
    }

    public boolean hasPersistentUris() {
        return puriProperty != null;
    }
}
