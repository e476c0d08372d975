package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.io.archimate.ArchimateTypeMapper.ElementMapping;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;
import org.egovera.model.Property;
import org.egovera.model.Provenance;
import org.egovera.model.SolutionBuildingBlock;

/**
 * Writes an element's attributes as properties and reads them back, symmetrically, so that a
 * round trip loses nothing. Order of what is written: {@code egovera:id} (when the identifier is
 * not the id), the class marker, the EIRA properties, {@code eira:ABB} of a solution, the other
 * attributes as {@code egovera:<name>}, the provenance, and last the element's free properties.
 * On import the first property of a key that parses is taken; whatever is not taken stays a free
 * property, in order.
 */
final class PropertyCodec {

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;
    private static final String UNSPECIFIED = ArchimateElementType.UNSPECIFIED.getLiteral();

    private PropertyCodec() {
    }

    /** The properties an element is written with. */
    static List<ExchangeProperty> write(Element element, String identifier, String lang, PropertyDefinitions definitions) {
        List<ExchangeProperty> properties = new ArrayList<>();
        if (element.getId() != null && !element.getId().equals(identifier)) {
            properties.add(definitions.property(ArchimateNames.EGOVERA_ID, element.getId(), lang));
        }
        ElementMapping mapping = ArchimateTypeMapper.elementMapping(element.eClass());
        if (mapping != null && mapping.markerKey() != null) {
            properties.add(definitions.property(mapping.markerKey(), mapping.markerValue(), lang));
        }
        if (element instanceof Catalogue catalogue && !hasFreeProperty(catalogue, ArchimateNames.EIRA_MODEL_TYPE)) {
            properties.add(definitions.property(ArchimateNames.EIRA_MODEL_TYPE, ArchimateNames.EGOVERA_MODEL_TYPE, lang));
        }
        for (var entry : ArchimateTypeMapper.eiraProperties().entrySet()) {
            EAttribute attribute = entry.getKey();
            if (attribute.getEContainingClass().isSuperTypeOf(element.eClass()) && element.eIsSet(attribute)) {
                properties.add(definitions.property(entry.getValue(), literal(attribute, element.eGet(attribute)), lang));
            }
        }
        if (element instanceof SolutionBuildingBlock solution) {
            for (ArchitectureBuildingBlock block : solution.getImplements()) {
                if (block.getDctType() != null) {
                    properties.add(definitions.property(ArchimateNames.EIRA_ABB, block.getDctType(), lang));
                }
            }
        }
        if (ArchimateTypeMapper.hasUnspecifiedType(element)) {
            properties.add(definitions.property(ArchimateNames.EGOVERA_UNSPECIFIED_TYPE, UNSPECIFIED, lang));
        }
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (isGeneric(attribute) && element.eIsSet(attribute)) {
                String key = ArchimateTypeMapper.genericProperty(attribute);
                for (Object value : values(element, attribute)) {
                    properties.add(definitions.property(key, literal(attribute, value), lang));
                }
            }
        }
        Provenance provenance = element.getProvenance();
        if (provenance != null) {
            EReference holder = P.getElement_Provenance();
            boolean any = false;
            for (EAttribute attribute : provenance.eClass().getEAllAttributes()) {
                if (provenance.eIsSet(attribute)) {
                    any = true;
                    properties.add(definitions.property(ArchimateTypeMapper.genericProperty(holder, attribute),
                            literal(attribute, provenance.eGet(attribute)), lang));
                }
            }
            if (!any) {
                properties.add(definitions.property(ArchimateNames.EGOVERA_PREFIX + holder.getName(), "", lang));
            }
        }
        for (Property property : element.getProperties()) {
            properties.add(definitions.property(property.getKey(), property.getValue(), lang));
        }
        return properties;
    }

    /**
     * Reads properties into an element of the mapped class: sets the attributes they carry and
     * keeps the rest as free properties. Returns the {@code eira:ABB} values of a solution, which
     * the caller resolves once every building block is known.
     */
    static List<String> read(Element element, List<ExchangeProperty> properties) {
        List<String> implementedTypes = new ArrayList<>();
        boolean[] taken = new boolean[properties.size()];
        ElementMapping mapping = ArchimateTypeMapper.elementMapping(element.eClass());
        for (int i = 0; i < properties.size(); i++) {
            ExchangeProperty property = properties.get(i);
            String key = property.name();
            String value = rawValue(property);
            taken[i] = ArchimateNames.EGOVERA_ID.equals(key) && i == firstIndex(properties, key)
                    || mapping != null && mapping.markerKey() != null && key.equals(mapping.markerKey())
                            && value.equals(mapping.markerValue()) && i == firstIndex(properties, key)
                    || element instanceof Catalogue && ArchimateNames.EIRA_MODEL_TYPE.equals(key)
                            && ArchimateNames.EGOVERA_MODEL_TYPE.equals(value) && i == firstIndex(properties, key)
                    || readAttribute(element, key, value);
            if (!taken[i] && element instanceof SolutionBuildingBlock && ArchimateNames.EIRA_ABB.equals(key) && !value.isEmpty()) {
                implementedTypes.add(value);
                taken[i] = true;
            }
        }
        for (int i = 0; i < properties.size(); i++) {
            if (!taken[i]) {
                Property free = EgoveraFactory.eINSTANCE.createProperty();
                free.setKey(properties.get(i).name());
                free.setValue(rawValue(properties.get(i)));
                element.getProperties().add(free);
            }
        }
        return implementedTypes;
    }

    /** Takes {@code key = value} into an attribute if the key names one not yet set and the value parses. */
    private static boolean readAttribute(Element element, String key, String value) {
        EClass eClass = element.eClass();
        for (var entry : ArchimateTypeMapper.eiraProperties().entrySet()) {
            EAttribute attribute = entry.getKey();
            if (entry.getValue().equals(key) && attribute.getEContainingClass().isSuperTypeOf(eClass)) {
                return !element.eIsSet(attribute) && !value.isEmpty() && set(element, attribute, value);
            }
        }
        if (ArchimateNames.EGOVERA_UNSPECIFIED_TYPE.equals(key) && UNSPECIFIED.equals(value)) {
            EAttribute type = (EAttribute) eClass.getEStructuralFeature("archimateType");
            if (type != null && ArchimateTypeMapper.elementMapping(eClass) != null
                    && ArchimateTypeMapper.elementMapping(eClass).type() == null) {
                element.eSet(type, ArchimateElementType.UNSPECIFIED);
                return true;
            }
            return false;
        }
        if (!key.startsWith(ArchimateNames.EGOVERA_PREFIX)) {
            return false;
        }
        String name = key.substring(ArchimateNames.EGOVERA_PREFIX.length());
        String provenancePrefix = P.getElement_Provenance().getName();
        if (name.equals(provenancePrefix) && value.isEmpty() && element.getProvenance() == null) {
            element.setProvenance(EgoveraFactory.eINSTANCE.createProvenance());
            return true;
        }
        if (name.startsWith(provenancePrefix + ".")) {
            EAttribute attribute = attribute(P.getProvenance(), name.substring(provenancePrefix.length() + 1));
            if (attribute == null) {
                return false;
            }
            Provenance provenance = element.getProvenance();
            if (provenance == null) {
                provenance = EgoveraFactory.eINSTANCE.createProvenance();
                element.setProvenance(provenance);
            }
            return !provenance.eIsSet(attribute) && set(provenance, attribute, value);
        }
        EAttribute attribute = attribute(eClass, name);
        if (attribute == null || !isGeneric(attribute)) {
            return false;
        }
        return (attribute.isMany() || !element.eIsSet(attribute)) && set(element, attribute, value);
    }

    private static boolean set(EObject object, EAttribute attribute, String text) {
        Object value;
        try {
            value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        } catch (RuntimeException notOfThisType) {
            return false;
        }
        if (value == null) {
            return false;
        }
        if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) object.eGet(attribute);
            list.add(value);
            return true;
        }
        object.eSet(attribute, value);
        if (!object.eIsSet(attribute)) {
            // the attribute's default: not what the exporter writes, so it stays a free property
            object.eUnset(attribute);
            return false;
        }
        return true;
    }

    private static EAttribute attribute(EClass eClass, String name) {
        return eClass.getEStructuralFeature(name) instanceof EAttribute attribute ? attribute : null;
    }

    private static boolean isGeneric(EAttribute attribute) {
        return !attribute.isDerived() && !attribute.isTransient()
                && !ArchimateTypeMapper.isStructural(attribute) && ArchimateTypeMapper.eiraProperty(attribute) == null;
    }

    private static List<?> values(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return attribute.isMany() ? (List<?>) value : Collections.singletonList(value);
    }

    private static String literal(EAttribute attribute, Object value) {
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /** The text of a property's first value as written (an empty value is an empty text). */
    static String rawValue(ExchangeProperty property) {
        return property.values().isEmpty() ? "" : Objects.requireNonNullElse(property.values().get(0).text(), "");
    }

    private static int firstIndex(List<ExchangeProperty> properties, String key) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasFreeProperty(Element element, String key) {
        for (Property property : element.getProperties()) {
            if (key.equals(property.getKey())) {
                return true;
            }
        }
        return false;
    }
}
