package org.egovera.model.validation;

import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.Element;

/** Answers whether the catalogue records a defect of the source data for an element. */
final class KnownGaps {

    private KnownGaps() {
    }

    static boolean isRecorded(Element element) {
        return isRecorded(element, null);
    }

    /** True if a data gap names this element (and, when {@code feature} is given, that feature or none). */
    static boolean isRecorded(Element element, String feature) {
        Catalogue catalogue = CatalogueRules.catalogueOf(element);
        if (catalogue == null) {
            return false;
        }
        for (DataGap gap : catalogue.getDataGaps()) {
            if (gap.getSubject() == element
                    && (feature == null || gap.getField() == null || feature.equals(gap.getField()))) {
                return true;
            }
        }
        return false;
    }
}
