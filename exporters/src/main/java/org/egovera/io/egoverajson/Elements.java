package org.egovera.io.egoverajson;

import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.Property;
import org.egovera.model.Provenance;

/** Small factory helpers shared by the import steps. */
final class Elements {

    /** The property that records the identifier a release 6.0 record had, on the element it became. */
    static final String RELEASE_6_ID = "egovera6:id";

    /** The property that names what the overlay added to an element taken from the sources. */
    static final String OVERLAY_ADDITION = "egovera:overlay";

    private Elements() {
    }

    static Provenance provenance(String release, String sourceId, String sourceFile) {
        Provenance provenance = EgoveraFactory.eINSTANCE.createProvenance();
        provenance.setRelease(release);
        provenance.setSourceId(sourceId);
        provenance.setSourceFile(sourceFile);
        return provenance;
    }

    static void addProperty(Element element, String key, String value) {
        Property property = EgoveraFactory.eINSTANCE.createProperty();
        property.setKey(key);
        property.setValue(value);
        element.getProperties().add(property);
    }

    /** The value of the first property with this key, or null. */
    static String property(Element element, String key) {
        return element.getProperties().stream().filter(p -> key.equals(p.getKey())).map(Property::getValue)
                .findFirst().orElse(null);
    }
}
