package org.egovera.mapping;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.egovera.io.bpmn.BpmnImporter;
import org.egovera.io.bpmn.BpmnReader;
import org.egovera.model.Catalogue;
import org.egovera.testing.TestCatalogues;

/** The minimal test catalogue with the registration process of the BPMN fixtures, and the mapping files under test resources. */
final class MappingFixtures {

    private MappingFixtures() {
    }

    static Catalogue catalogueWithRegistration() {
        Catalogue catalogue = TestCatalogues.minimal();
        BpmnImporter.importDefinitions(catalogue, List.of(BpmnReader.read(resource("/org/egovera/io/bpmn/reimport-v1.bpmn"))));
        return catalogue;
    }

    static Path mapping(String name) {
        return resource("/org/egovera/mapping/" + name);
    }

    static Path resource(String name) {
        try {
            return Path.of(MappingFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
