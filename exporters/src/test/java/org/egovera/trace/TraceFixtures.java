package org.egovera.trace;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.egovera.io.bpmn.BpmnImporter;
import org.egovera.io.bpmn.BpmnReader;
import org.egovera.mapping.MappingLoader;
import org.egovera.mapping.ProcessTasks;
import org.egovera.model.Catalogue;
import org.egovera.model.Task;
import org.egovera.testing.TestCatalogues;

/**
 * The minimal test catalogue with two processes: registration (tasks A, B, C and call activity X, which
 * calls Risk) mapped by {@code registration.mapping.csv}, and Risk (task R1) mapped to ABB1.
 */
final class TraceFixtures {

    private TraceFixtures() {
    }

    static Catalogue mappedCatalogue() {
        Catalogue catalogue = TestCatalogues.minimal();
        BpmnImporter.importDefinitions(catalogue, List.of(
                BpmnReader.read(resource("/org/egovera/io/bpmn/reimport-v1.bpmn")),
                BpmnReader.read(resource("/org/egovera/io/bpmn/risk.bpmn"))));
        MappingLoader.load(catalogue, List.of(resource("/org/egovera/mapping/registration.mapping.csv")));
        task(catalogue, "Risk", "R1").getSupportingBuildingBlocks().add(catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0));
        return catalogue;
    }

    static Task task(Catalogue catalogue, String process, String task) {
        return ProcessTasks.byKey(catalogue).get(new ProcessTasks.TaskKey(process, task));
    }

    static Path resource(String name) {
        try {
            return Path.of(TraceFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
