package org.egovera.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.egovera.io.rdf.ShaclReport;
import org.egovera.io.rdf.ShaclValidation;
import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

/** The RDF export of the shipped catalogue meets the project's shapes: every service has a competent authority. */
class ShippedCatalogueShapesTest {

    @Test
    void shippedCatalogueHasNoShapeViolation() {
        Catalogue catalogue = ShippedCatalogue.load();
        ShaclReport report = ShaclValidation.validate(catalogue, catalogue.getBaseIri(), List.of());
        assertEquals(0, report.violations(), () -> report.findings().toString());
    }
}
