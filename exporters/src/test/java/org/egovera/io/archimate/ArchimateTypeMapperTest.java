package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.egovera.io.archimate.ArchimateTypeMapper.Candidate;
import org.egovera.io.archimate.ArchimateTypeMapper.ElementMapping;
import org.egovera.io.archimate.ArchimateTypeMapper.ReferenceMapping;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.EgoveraPackage;
import org.junit.jupiter.api.Test;

class ArchimateTypeMapperTest {

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;

    @Test
    void everyConcreteElementClassHasAnElementType() {
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && P.getElement().isSuperTypeOf(eClass)
                    && eClass != P.getCatalogue() && eClass != P.getRelationship() && eClass != P.getView()) {
                assertNotNull(ArchimateTypeMapper.elementMapping(eClass), eClass.getName() + " has no element mapping");
            }
        }
    }

    /** A reference no one decided about would silently vanish from exports: each is mapped or excluded on purpose. */
    @Test
    void everyReferenceOfAnElementClassIsMappedOrExcluded() {
        List<String> unmapped = new ArrayList<>();
        for (ElementMapping mapping : ArchimateTypeMapper.elementMappings()) {
            for (EReference reference : mapping.eClass().getEAllReferences()) {
                boolean carriedByStructure = reference.isContainment() && !P.getElement().isSuperTypeOf(reference.getEReferenceType());
                if (!carriedByStructure && ArchimateTypeMapper.referenceMapping(reference) == null
                        && !ArchimateTypeMapper.isRelationshipFree(reference)) {
                    unmapped.add(mapping.eClass().getName() + "." + reference.getName());
                }
            }
        }
        assertTrue(unmapped.isEmpty(), "references without a relationship: " + unmapped);
    }

    /** Whatever types the two ends have, the table allows one of the candidates, so an export never fails. */
    @Test
    void everyReferenceHasAnAllowedRelationshipForEveryPairOfTypes() {
        RelationshipTable table = RelationshipTable.standard();
        for (ReferenceMapping mapping : ArchimateTypeMapper.referenceMappings()) {
            for (String owner : typesOf(mapping.reference().getEContainingClass())) {
                for (String referenced : typesOf(mapping.reference().getEReferenceType())) {
                    assertNotNull(ArchimateTypeMapper.choose(mapping, owner, referenced, table),
                            mapping.reference().getName() + " from " + owner + " to " + referenced);
                }
            }
        }
    }

    /** On import a relationship must name one reference only, or the round trip would depend on luck. */
    @Test
    void noRelationshipCanStandForTwoReferences() {
        List<ReferenceMapping> mappings = ArchimateTypeMapper.referenceMappings();
        for (int i = 0; i < mappings.size(); i++) {
            for (int j = i + 1; j < mappings.size(); j++) {
                for (Candidate a : mappings.get(i).candidates()) {
                    for (Candidate b : mappings.get(j).candidates()) {
                        if (a.type() == b.type() && java.util.Objects.equals(a.name(), b.name())) {
                            EClass sourceA = a.reversed() ? mappings.get(i).reference().getEReferenceType() : mappings.get(i).reference().getEContainingClass();
                            EClass targetA = a.reversed() ? mappings.get(i).reference().getEContainingClass() : mappings.get(i).reference().getEReferenceType();
                            EClass sourceB = b.reversed() ? mappings.get(j).reference().getEReferenceType() : mappings.get(j).reference().getEContainingClass();
                            EClass targetB = b.reversed() ? mappings.get(j).reference().getEContainingClass() : mappings.get(j).reference().getEReferenceType();
                            boolean overlap = overlaps(sourceA, sourceB) && overlaps(targetA, targetB);
                            assertTrue(!overlap, a.type() + " from " + sourceA.getName() + " to " + targetA.getName() + " could be "
                                    + mappings.get(i).reference().getName() + " or " + mappings.get(j).reference().getName());
                        }
                    }
                }
            }
        }
    }

    @Test
    void markersIdentifyTheirClass() {
        for (ElementMapping mapping : ArchimateTypeMapper.elementMappings()) {
            if (mapping.markerKey() != null) {
                assertEquals(mapping, ArchimateTypeMapper.byMarker(mapping.markerKey(), mapping.markerValue()));
            }
        }
    }

    private static boolean overlaps(EClass a, EClass b) {
        return a.isSuperTypeOf(b) || b.isSuperTypeOf(a) || concrete(a).stream().anyMatch(concrete(b)::contains);
    }

    private static List<EClass> concrete(EClass eClass) {
        List<EClass> classes = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass candidate && !candidate.isAbstract() && eClass.isSuperTypeOf(candidate)) {
                classes.add(candidate);
            }
        }
        return classes;
    }

    /** The ArchiMate types instances of a class (or its subclasses) can have. */
    private static List<String> typesOf(EClass eClass) {
        List<String> types = new ArrayList<>();
        for (EClass concrete : concrete(eClass)) {
            ElementMapping mapping = ArchimateTypeMapper.elementMapping(concrete);
            if (mapping == null) {
                continue;
            }
            if (mapping.type() != null) {
                types.add(mapping.type().getLiteral());
            } else {
                for (ArchimateElementType type : ArchimateElementType.VALUES) {
                    if (type != ArchimateElementType.UNSPECIFIED) {
                        types.add(type.getLiteral());
                    }
                }
            }
        }
        return types;
    }
}
