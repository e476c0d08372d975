package org.egovera.io.archimate;

import static org.egovera.io.archimate.RelationshipType.ACCESS;
import static org.egovera.io.archimate.RelationshipType.AGGREGATION;
import static org.egovera.io.archimate.RelationshipType.ASSIGNMENT;
import static org.egovera.io.archimate.RelationshipType.ASSOCIATION;
import static org.egovera.io.archimate.RelationshipType.COMPOSITION;
import static org.egovera.io.archimate.RelationshipType.REALIZATION;
import static org.egovera.io.archimate.RelationshipType.SERVING;
import static org.egovera.io.archimate.RelationshipType.SPECIALIZATION;
import static org.egovera.io.archimate.RelationshipType.TRIGGERING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.egovera.model.ArchimateElementType;
import org.junit.jupiter.api.Test;

class RelationshipTableTest {

    private final RelationshipTable table = RelationshipTable.standard();

    @Test
    void everyElementTypeOfTheMetamodelIsAConceptOfTheTable() {
        for (ArchimateElementType type : ArchimateElementType.VALUES) {
            if (type != ArchimateElementType.UNSPECIFIED) {
                assertTrue(table.allows(type.getLiteral(), type.getLiteral(), ASSOCIATION), type.getLiteral());
            }
        }
        assertEquals(62, table.concepts().size(), "61 element concepts (junctions as one) and Relationship");
    }

    @Test
    void associationJoinsAnyTwoElements() {
        for (String source : table.concepts()) {
            for (String target : table.concepts()) {
                boolean junctionAndRelationship = source.equals("Junction") && target.equals("Relationship")
                        || source.equals("Relationship") && target.equals("Junction")
                        || source.equals("Relationship") && target.equals("Relationship");
                assertEquals(!junctionAndRelationship, table.allows(source, target, ASSOCIATION), source + " -> " + target);
            }
        }
    }

    @Test
    void specializationOnlyJoinsConceptsOfOneType() {
        assertTrue(table.allows("ApplicationService", "ApplicationService", SPECIALIZATION));
        assertFalse(table.allows("Stakeholder", "BusinessRole", SPECIALIZATION));
        assertFalse(table.allows("Representation", "DataObject", SPECIALIZATION));
        assertFalse(table.allows("ApplicationComponent", "ApplicationService", SPECIALIZATION));
    }

    @Test
    void coreLayersFollowTheSpecification() {
        assertTrue(table.allows("ApplicationService", "BusinessProcess", SERVING), "application services serve business behaviour");
        assertTrue(table.allows("ApplicationComponent", "ApplicationService", REALIZATION));
        assertTrue(table.allows("BusinessActor", "BusinessRole", ASSIGNMENT));
        assertTrue(table.allows("BusinessProcess", "BusinessObject", ACCESS));
        assertTrue(table.allows("BusinessService", "Capability", REALIZATION), "behaviour realises capabilities");
        assertTrue(table.allows("Node", "ApplicationService", SERVING));
        assertFalse(table.allows("BusinessObject", "BusinessProcess", SERVING), "passive structure serves nothing");
        assertFalse(table.allows("ApplicationService", "ApplicationService", REALIZATION));
        assertFalse(table.allows("Requirement", "BusinessService", SERVING));
        assertEquals(EnumSet.of(ACCESS, ASSOCIATION), table.allowed("BusinessProcess", "DataObject"));
    }

    @Test
    void groupingsAndJunctions() {
        for (String target : table.concepts()) {
            if (!target.equals("Relationship")) {
                assertTrue(table.allows("Grouping", target, AGGREGATION), "a grouping aggregates " + target);
                assertTrue(table.allows("Grouping", target, COMPOSITION), "a grouping composes " + target);
            }
        }
        assertTrue(table.allows("AndJunction", "BusinessProcess", TRIGGERING));
        assertTrue(table.allows("OrJunction", "Goal", REALIZATION));
        assertFalse(table.allows("AndJunction", "Goal", SERVING), "a junction passes on only what could reach a goal");
    }

    @Test
    void unknownConceptsAllowNothing() {
        assertTrue(table.allowed("NoSuchType", "BusinessActor").isEmpty());
        assertTrue(table.allowed(null, "BusinessActor").isEmpty());
    }
}
