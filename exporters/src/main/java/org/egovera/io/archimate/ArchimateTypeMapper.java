package org.egovera.io.archimate;

import static org.egovera.io.archimate.RelationshipType.ACCESS;
import static org.egovera.io.archimate.RelationshipType.AGGREGATION;
import static org.egovera.io.archimate.RelationshipType.ASSIGNMENT;
import static org.egovera.io.archimate.RelationshipType.ASSOCIATION;
import static org.egovera.io.archimate.RelationshipType.COMPOSITION;
import static org.egovera.io.archimate.RelationshipType.REALIZATION;
import static org.egovera.io.archimate.RelationshipType.SERVING;
import static org.egovera.io.archimate.RelationshipType.SPECIALIZATION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.EgoveraPackage;

/**
 * The one table from the catalogue's metamodel to ArchiMate: which element type each class
 * becomes and how it is recognised on import, which relationship carries each reference, and
 * which attributes travel as the EIRA properties. Everything else about the mapping (identifiers,
 * property order, folders) follows from this table.
 */
public final class ArchimateTypeMapper {

    /**
     * How instances of a class become elements.
     *
     * @param eClass      the class
     * @param type        the ArchiMate type, or null where the instance's {@code archimateType} says it
     * @param markerKey   the property that identifies the class on import, or null (plain ArchiMate elements)
     * @param markerValue its value
     * @param folder      the folder the exporter files instances in
     */
    public record ElementMapping(EClass eClass, ArchimateElementType type, String markerKey, String markerValue,
            String folder) {
    }

    /**
     * One way to write a reference as a relationship.
     *
     * @param type     the relationship type
     * @param reversed true when the relationship goes from the referenced object to the owner
     * @param name     the relationship's name (associations say what they mean), or null
     */
    public record Candidate(RelationshipType type, boolean reversed, String name) {
    }

    /** The relationships a reference may become, the first one the relationship table allows being used. */
    public record ReferenceMapping(EReference reference, List<Candidate> candidates) {
    }

    /** The type an element gets when its {@code archimateType} is not set: a neutral container. */
    public static final ArchimateElementType UNSPECIFIED_FALLBACK = ArchimateElementType.GROUPING;

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;

    private static final List<ElementMapping> ELEMENTS = List.of(
            element(P.getPolicyDomain(),               ArchimateElementType.GROUPING,         "PolicyDomain",              "Policy domains"),
            element(P.getDigitalBusinessCapability(),  ArchimateElementType.CAPABILITY,       "DigitalBusinessCapability", "Capabilities"),
            element(P.getDigitalPublicService(),       ArchimateElementType.BUSINESS_SERVICE, "DigitalPublicService",      "Digital public services"),
            new ElementMapping(P.getArchitectureBuildingBlock(), null, ArchimateNames.EIRA_CONCEPT,
                    ArchimateNames.EIRA_ABB_CONCEPT, "Architecture building blocks"),
            new ElementMapping(P.getSolutionBuildingBlock(), null, ArchimateNames.EIRA_CONCEPT,
                    ArchimateNames.EIRA_SBB_CONCEPT, "Solution building blocks"),
            element(P.getMemberState(),                ArchimateElementType.BUSINESS_ACTOR,   "MemberState",               "Actors"),
            element(P.getOrganisation(),               ArchimateElementType.BUSINESS_ACTOR,   "Organisation",              "Actors"),
            element(P.getActorClass(),                 ArchimateElementType.BUSINESS_ROLE,    "ActorClass",                "Actors"),
            element(P.getPlatform(),                   ArchimateElementType.NODE,             "Platform",                  "Platforms"),
            element(P.getCircleOfTrust(),              ArchimateElementType.GROUPING,         "CircleOfTrust",             "Circles of trust"),
            element(P.getBusinessProcess(),            ArchimateElementType.BUSINESS_PROCESS, "BusinessProcess",           "Business processes"),
            element(P.getTask(),                       ArchimateElementType.BUSINESS_PROCESS, "Task",                      "Business processes"),
            new ElementMapping(P.getArchimateElement(), null, null, null, "Other elements"));

    private static final List<ReferenceMapping> REFERENCES = List.of(
            // containment the exchange format can only say with a relationship
            reference(P.getPolicyDomain_Capabilities(),                  candidate(AGGREGATION)),
            reference(P.getPolicyDomain_Services(),                      candidate(AGGREGATION)),
            reference(P.getPolicyDomain_BuildingBlocks(),                candidate(AGGREGATION)),
            reference(P.getBusinessProcess_Tasks(),                      candidate(COMPOSITION)),
            reference(P.getBusinessProcess_SubProcesses(),               candidate(COMPOSITION)),
            // business architecture
            reference(P.getDigitalBusinessCapability_Narrower(),         candidate(COMPOSITION)),
            reference(P.getDigitalPublicService_Realises(),              candidate(REALIZATION), association("realises")),
            reference(P.getDigitalPublicService_Uses(),                  reversed(SERVING), candidate(REALIZATION), candidate(ACCESS), association("uses")),
            reference(P.getDigitalPublicService_CompetentAuthority(),    reversed(ASSIGNMENT), association("competent authority")),
            reference(P.getServiceProvision_Consumers(),                 candidate(SERVING), association("consumed by")),
            reference(P.getServiceProvision_ExposedThrough(),            reversed(SERVING), association("exposed through")),
            // building blocks
            reference(P.getArchitectureBuildingBlock_Specialises(),      candidate(SPECIALIZATION), association("specialises")),
            reference(P.getArchitectureBuildingBlock_Successors(),       association("succeeded by")),
            reference(P.getArchitectureBuildingBlock_DependsOn(),        reversed(SERVING), association("depends on")),
            reference(P.getSolutionBuildingBlock_Implements(),           candidate(REALIZATION), candidate(SPECIALIZATION), association("implements")),
            reference(P.getSolutionBuildingBlock_Provider(),             association("provided by")),
            // not Serving: that would read as a consumer of the solution (ServiceProvision.consumers)
            reference(P.getSolutionBuildingBlock_UsedBy(),               association("used by")),
            // actors, platforms, trust
            reference(P.getOrganisation_PartOf(),                        reversed(AGGREGATION)),
            reference(P.getPlatform_ReachedThrough(),                    association("reached through")),
            reference(P.getCircleOfTrust_Members(),                      candidate(AGGREGATION)),
            reference(P.getCircleOfTrust_Platforms(),                    candidate(AGGREGATION)),
            // processes
            reference(P.getBusinessProcess_Calls(),                      association("calls")),
            reference(P.getTask_PerformedBy(),                           reversed(ASSIGNMENT), association("performed by")),
            reference(P.getTask_SupportingServices(),                    reversed(SERVING), association("supported by")),
            reference(P.getTask_SupportingBuildingBlocks(),              reversed(SERVING), candidate(ACCESS), candidate(REALIZATION), association("supported by")));

    /**
     * References that become no relationship of their own: the other end of a mapped pair, the
     * catalogue's top-level lists, presentation, and the record of source-data defects (data gaps
     * describe files the catalogue was built from, not architecture).
     */
    private static final Set<EReference> NOT_RELATIONSHIPS = Set.of(
            P.getDigitalBusinessCapability_Broader(), P.getDigitalBusinessCapability_RealisedBy(),
            P.getDigitalBusinessCapability_Domain(), P.getDigitalPublicService_Domain(),
            P.getArchitectureBuildingBlock_UsedBy(), P.getArchitectureBuildingBlock_ImplementedBy(),
            P.getTask_Process(), P.getDataGap_Subject(), P.getRelationship_Source(), P.getRelationship_Target());

    /** Attributes that travel as the EIRA properties (DESIGN.md section 2). */
    private static final Map<EAttribute, String> EIRA_PROPERTIES = orderedMap(
            P.getElement_PersistentUri(), ArchimateNames.EIRA_PURI,
            P.getArchitectureBuildingBlock_DctType(), ArchimateNames.DCT_TYPE,
            P.getArchitectureBuildingBlock_View(), ArchimateNames.EIRA_VIEW,
            P.getArchitectureBuildingBlock_Status(), ArchimateNames.EIRA_ABB_STATUS);

    /** Attributes the format carries in its own structure (identifier, name, type, ...), never as properties. */
    private static final Set<EAttribute> STRUCTURAL = Set.of(
            P.getElement_Id(), P.getElement_Name(), P.getElement_Description(),
            P.getBuildingBlock_ArchimateType(), P.getArchimateElement_ArchimateType(),
            P.getCatalogue_Language(), P.getRelationship_Type(), P.getRelationship_AccessType(),
            P.getRelationship_Directed(), P.getRelationship_InfluenceModifier(), P.getView_Viewpoint());

    private static final Map<EClass, ElementMapping> BY_CLASS = new LinkedHashMap<>();
    private static final Map<EReference, ReferenceMapping> BY_REFERENCE = new LinkedHashMap<>();

    static {
        ELEMENTS.forEach(mapping -> BY_CLASS.put(mapping.eClass(), mapping));
        REFERENCES.forEach(mapping -> BY_REFERENCE.put(mapping.reference(), mapping));
    }

    private ArchimateTypeMapper() {
    }

    public static List<ElementMapping> elementMappings() {
        return ELEMENTS;
    }

    public static List<ReferenceMapping> referenceMappings() {
        return REFERENCES;
    }

    /** The mapping of an object's own class, or null for what is no ArchiMate element. */
    public static ElementMapping elementMapping(EClass eClass) {
        return BY_CLASS.get(eClass);
    }

    /** The class a marker property names, or null. */
    public static ElementMapping byMarker(String key, String value) {
        for (ElementMapping mapping : ELEMENTS) {
            if (key.equals(mapping.markerKey()) && value.equals(mapping.markerValue())) {
                return mapping;
            }
        }
        return null;
    }

    public static ReferenceMapping referenceMapping(EReference reference) {
        return BY_REFERENCE.get(reference);
    }

    /** The mapped references of a class, in the class's feature order. */
    public static List<ReferenceMapping> referenceMappings(EClass eClass) {
        List<ReferenceMapping> mappings = new ArrayList<>();
        for (EReference reference : eClass.getEAllReferences()) {
            ReferenceMapping mapping = BY_REFERENCE.get(reference);
            if (mapping != null) {
                mappings.add(mapping);
            }
        }
        return mappings;
    }

    public static boolean isRelationshipFree(EReference reference) {
        return NOT_RELATIONSHIPS.contains(reference);
    }

    /** The EIRA property of an attribute, or null. */
    public static String eiraProperty(EAttribute attribute) {
        return EIRA_PROPERTIES.get(attribute);
    }

    public static Map<EAttribute, String> eiraProperties() {
        return EIRA_PROPERTIES;
    }

    public static boolean isStructural(EAttribute attribute) {
        return STRUCTURAL.contains(attribute);
    }

    /** The property key of an attribute that is neither structural nor an EIRA property. */
    public static String genericProperty(EAttribute attribute) {
        return ArchimateNames.EGOVERA_PREFIX + attribute.getName();
    }

    /** The property key of an attribute of a contained record, such as the provenance's release. */
    public static String genericProperty(EReference holder, EAttribute attribute) {
        return ArchimateNames.EGOVERA_PREFIX + holder.getName() + "." + attribute.getName();
    }

    /** The ArchiMate type an object is written with. */
    public static ArchimateElementType typeOf(EObject object) {
        ElementMapping mapping = BY_CLASS.get(object.eClass());
        if (mapping != null && mapping.type() != null) {
            return mapping.type();
        }
        Object value = object.eGet(object.eClass().getEStructuralFeature("archimateType"));
        ArchimateElementType type = (ArchimateElementType) value;
        return type == null || type == ArchimateElementType.UNSPECIFIED ? UNSPECIFIED_FALLBACK : type;
    }

    /** Whether an object's type is its own choice that was left open (written with a marker). */
    public static boolean hasUnspecifiedType(EObject object) {
        ElementMapping mapping = BY_CLASS.get(object.eClass());
        if (mapping == null || mapping.type() != null) {
            return false;
        }
        Object value = object.eGet(object.eClass().getEStructuralFeature("archimateType"));
        return value == null || value == ArchimateElementType.UNSPECIFIED;
    }

    /**
     * The first candidate the relationship table allows between the two element types, or null.
     * {@code ownerType} is the type of the reference's owner, {@code referencedType} that of the
     * referenced object; a reversed candidate is checked the other way round.
     */
    public static Candidate choose(ReferenceMapping mapping, String ownerType, String referencedType, RelationshipTable table) {
        for (Candidate candidate : mapping.candidates()) {
            String source = candidate.reversed() ? referencedType : ownerType;
            String target = candidate.reversed() ? ownerType : referencedType;
            if (table.allows(source, target, candidate.type())) {
                return candidate;
            }
        }
        return null;
    }

    private static ElementMapping element(EClass eClass, ArchimateElementType type, String concept, String folder) {
        return new ElementMapping(eClass, type, ArchimateNames.EGOVERA_CONCEPT, ArchimateNames.EGOVERA_PREFIX + concept, folder);
    }

    private static ReferenceMapping reference(EReference reference, Candidate... candidates) {
        return new ReferenceMapping(reference, List.copyOf(Arrays.asList(candidates)));
    }

    private static Candidate candidate(RelationshipType type) {
        return new Candidate(type, false, null);
    }

    private static Candidate reversed(RelationshipType type) {
        return new Candidate(type, true, null);
    }

    private static Candidate association(String name) {
        return new Candidate(ASSOCIATION, false, name);
    }

    private static Map<EAttribute, String> orderedMap(Object... pairs) {
        Map<EAttribute, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((EAttribute) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }
}
