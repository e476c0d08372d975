package org.egovera.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.egovera.model.Catalogue;
import org.junit.jupiter.api.Test;

class SubjectsTest {

    private final Catalogue catalogue = TraceFixtures.mappedCatalogue();

    @Test
    void elementsAreFoundByCatalogueIdBpmnIdsOrProcessSlashTask() {
        assertEquals("DPS1", Subjects.resolve(catalogue, "DPS1").getId());
        assertEquals("bpmn.Reg.A", Subjects.resolve(catalogue, "bpmn.Reg.A").getId());
        assertEquals("bpmn.Reg.A", Subjects.resolve(catalogue, "Reg/A").getId());
        assertEquals("bpmn.Reg", Subjects.resolve(catalogue, "Reg").getId());
        assertEquals("bpmn.Risk.R1", Subjects.resolve(catalogue, "R1").getId());
    }

    @Test
    void anUnknownNameSaysWhatWouldWork() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> Subjects.resolve(catalogue, "Nope"));
        assertTrue(failure.getMessage().contains("nothing in the catalogue is called 'Nope'"), failure.getMessage());
    }
}
