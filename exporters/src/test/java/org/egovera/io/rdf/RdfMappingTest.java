package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.io.rdf.RdfMapping.Alias;
import org.egovera.io.rdf.RdfMapping.Form;
import org.egovera.io.rdf.RdfMapping.Link;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.EiraView;
import org.junit.jupiter.api.Test;

/** The mapping table is consistent with the metamodel, whatever is added to either. */
class RdfMappingTest {

    @Test
    void featuresSharingAPropertyHaveTheSameKindAndType() {
        Map<Node, EStructuralFeature> byProperty = new HashMap<>();
        java.util.List<String> clashes = new java.util.ArrayList<>();
        for (EStructuralFeature feature : EveryFeatureCatalogue.allFeatures()) {
            if (!RdfMapping.written(feature)) {
                continue;
            }
            EStructuralFeature other = byProperty.putIfAbsent(RdfMapping.property(feature), feature);
            if (other != null && (other.getClass() != feature.getClass() || other.getEType() != feature.getEType())) {
                clashes.add(qualified(feature) + " and " + qualified(other) + " share " + RdfMapping.property(feature));
            }
        }
        assertEquals(java.util.List.of(), clashes, "features of different types under one property: add renamed rows to RdfMapping");
    }

    @Test
    void exactlyOneSideOfEachBidirectionalReferenceIsWritten() {
        for (EStructuralFeature feature : EveryFeatureCatalogue.allFeatures()) {
            if (feature instanceof EReference reference && reference.getEOpposite() != null) {
                assertNotEquals(RdfMapping.written(reference), RdfMapping.written(reference.getEOpposite()),
                        qualified(reference) + " and its opposite " + qualified(reference.getEOpposite())
                                + ": mark exactly one of them as inverse in RdfMapping");
            }
        }
    }

    @Test
    void inverseRowsNameTheOppositeTheyLeaveToBeWritten() {
        for (EStructuralFeature feature : EveryFeatureCatalogue.allFeatures()) {
            RdfMapping.inverseOf(feature).ifPresent(written -> {
                EReference opposite = ((EReference) feature).getEOpposite();
                assertTrue(opposite != null && opposite.getName().equals(written), qualified(feature) + " is not the inverse of " + written);
            });
        }
    }

    @Test
    void aliasesNameFeaturesTheirClassHas() {
        for (Alias alias : RdfMapping.aliases()) {
            assertTrue(alias.owner().getEAllStructuralFeatures().contains(alias.feature()),
                    alias.owner().getName() + " has no feature " + alias.feature().getName());
        }
    }

    @Test
    void formsFitTheFeaturesTheyAreUsedFor() {
        for (EStructuralFeature feature : EveryFeatureCatalogue.allFeatures()) {
            Form form = RdfMapping.form(feature);
            if (form == Form.TEXT) {
                assertTrue(feature instanceof EAttribute && feature.getEType().getInstanceClass() == String.class, qualified(feature));
            }
            if (form == Form.LANG_STRING) {
                assertEquals(EgoveraPackage.Literals.LANG_STRING, feature.getEType(), qualified(feature));
            }
        }
        for (Alias alias : RdfMapping.aliases()) {
            if (alias.form() == Form.EIF_LAYER) {
                assertEquals(EgoveraPackage.Literals.EIRA_VIEW, alias.feature().getEType());
            }
        }
    }

    @Test
    void everyNamedViewHasAnEifLayer() {
        for (EiraView view : EiraView.values()) {
            assertEquals(view != EiraView.UNSPECIFIED, RdfMapping.EIF_LAYERS.containsKey(view), view.getLiteral());
        }
    }

    @Test
    void linksRestateWrittenReferences() {
        for (Link link : RdfMapping.links()) {
            assertTrue(RdfMapping.written(link.reference()), link.name());
        }
    }

    @Test
    void policyDomainsMapToTheToolsBusinessDomains() {
        assertEquals(Vocabulary.eira("Taxes"), RdfMapping.businessDomain("Tax").orElseThrow());
        assertEquals(Vocabulary.eira("Health"), RdfMapping.businessDomain(" health ").orElseThrow());
        assertTrue(RdfMapping.businessDomain("Business Agnostic").isEmpty());
    }

    private static String qualified(EStructuralFeature feature) {
        return feature.getEContainingClass().getName() + "." + feature.getName();
    }
}
