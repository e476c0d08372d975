package org.egovera.design.services;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Stand-ins for Sirius' view objects in core tests: dynamic classes with the feature names the services
 * read ({@code target}, {@code sourceNode}, {@code targetNode}). The conformance tests use Sirius' own
 * classes instead.
 */
final class FakeViews {

    private static final EClass VIEW;
    private static final EClass EDGE;
    private static final EClass LABEL;

    static {
        EcoreFactory factory = EcoreFactory.eINSTANCE;
        EPackage ePackage = factory.createEPackage();
        ePackage.setName("views");
        ePackage.setNsURI("urn:test:views");
        VIEW = factory.createEClass();
        VIEW.setName("View");
        VIEW.getEStructuralFeatures().add(reference("target", EcorePackage.Literals.EOBJECT));
        EDGE = factory.createEClass();
        EDGE.setName("Edge");
        EDGE.getESuperTypes().add(VIEW);
        EDGE.getEStructuralFeatures().add(reference("sourceNode", VIEW));
        EDGE.getEStructuralFeatures().add(reference("targetNode", VIEW));
        LABEL = factory.createEClass();
        LABEL.setName("Label");
        EAttribute text = factory.createEAttribute();
        text.setName("text");
        text.setEType(EcorePackage.Literals.ESTRING);
        LABEL.getEStructuralFeatures().add(text);
        ePackage.getEClassifiers().add(VIEW);
        ePackage.getEClassifiers().add(EDGE);
        ePackage.getEClassifiers().add(LABEL);
    }

    private FakeViews() {
    }

    static EObject view(EObject target) {
        EObject view = EcoreUtil.create(VIEW);
        view.eSet(VIEW.getEStructuralFeature("target"), target);
        return view;
    }

    static EObject edge(EObject source, EObject target) {
        EObject edge = EcoreUtil.create(EDGE);
        edge.eSet(EDGE.getEStructuralFeature("target"), source);
        edge.eSet(EDGE.getEStructuralFeature("sourceNode"), view(source));
        edge.eSet(EDGE.getEStructuralFeature("targetNode"), view(target));
        return edge;
    }

    /** An object that is no view at all. */
    static EObject notAView() {
        return EcoreUtil.create(LABEL);
    }

    private static EReference reference(String name, EClass type) {
        EReference reference = EcoreFactory.eINSTANCE.createEReference();
        reference.setName(name);
        reference.setEType(type);
        return reference;
    }
}
