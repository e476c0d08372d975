package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.egovera.model.ArchimateElement;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EgoveraPackage;
import org.egovera.model.Element;
import org.egovera.model.Property;
import org.egovera.model.Relationship;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.io.Progress;

/**
 * Builds a catalogue from an exchange model, following the decisions of {@link ImportPlan}:
 * elements become objects of their class in their containers, the relationships that carry
 * references become references, the others stay relationships (with a warning when the ArchiMate
 * table forbids them), and kept views and folders follow ({@link PresentationImport}).
 */
final class CatalogueImport {

    private static final EgoveraPackage P = EgoveraPackage.eINSTANCE;
    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;

    private final ExchangeModel model;
    private final Progress progress;
    private final ImportReport.Builder report = new ImportReport.Builder();
    private final Map<String, Element> byIdentifier = new HashMap<>();
    private final Map<SolutionBuildingBlock, List<String>> implementedTypes = new LinkedHashMap<>();
    private final Map<String, String> elementTypes = new HashMap<>();
    private Catalogue catalogue;
    private String lang;

    CatalogueImport(ExchangeModel model, Progress progress) {
        this.model = model;
        this.progress = progress;
    }

    ImportReport run() {
        ExchangeIntegrity.check(model);
        ImportPlan plan = new ImportPlan(model, report).decide();
        catalogue = F.createCatalogue();
        lang = ExchangeTexts.modelLanguage(model.names());
        catalogue.setLanguage(lang);
        catalogue.setId(idOf(model.identifier(), model.properties()));
        ExchangeTexts.readNames(catalogue, model.names(), lang);
        catalogue.setDescription(ExchangeTexts.firstText(model.documentation()));
        PropertyCodec.read(catalogue, model.properties());
        for (MetadataEntry entry : model.metadata()) {
            catalogue.getMetadata().add(MetadataCodec.property(entry));
        }
        byIdentifier.put(model.identifier(), catalogue);

        progress.start("Reading elements", model.elements().size());
        for (ExchangeElement element : model.elements()) {
            create(element, plan.classes.get(element.identifier()));
        }
        progress.done();
        place(plan);
        progress.start("Reading relationships", model.relationships().size());
        List<Relationship> kept = new ArrayList<>();
        List<ExchangeRelationship> keptExchange = new ArrayList<>();
        for (ExchangeRelationship relationship : model.relationships()) {
            ImportPlan.Link link = plan.links.get(relationship.identifier());
            if (link == null) {
                kept.add(relationship(relationship));
                keptExchange.add(relationship);
            } else if (!link.mapping().reference().isContainment()) {
                reference(link);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            connect(kept.get(i), keptExchange.get(i));
        }
        progress.done();
        resolveImplementedTypes();
        new PresentationImport(catalogue, byIdentifier, plan, report, lang).read(model);
        report.elements = model.elements().size();
        report.links = plan.links.size();
        report.relationships = kept.size();
        return report.build(catalogue);
    }

    private void create(ExchangeElement element, EClass eClass) {
        Element object = (Element) F.create(eClass);
        object.setId(idOf(element.identifier(), element.properties()));
        ExchangeTexts.readNames(object, element.names(), lang);
        object.setDescription(ExchangeTexts.firstText(element.documentation()));
        if (element.documentation().size() > 1) {
            report.warn("element '" + element.identifier() + "' has documentation in " + element.documentation().size()
                    + " languages: the first is kept");
        }
        if (object instanceof BuildingBlock block) {
            block.setArchimateType(ImportPlan.typeOf(element.type()));
        } else if (object instanceof ArchimateElement plain) {
            plain.setArchimateType(ImportPlan.typeOf(element.type()));
        }
        List<String> types = PropertyCodec.read(object, element.properties());
        if (object instanceof SolutionBuildingBlock solution && !types.isEmpty()) {
            implementedTypes.put(solution, types);
        }
        byIdentifier.put(element.identifier(), object);
        elementTypes.put(element.identifier(), element.type());
    }

    /** Puts every element in its container: the one a containment relationship names, else the catalogue's list for its class. */
    private void place(ImportPlan plan) {
        Map<String, List<String>> children = new LinkedHashMap<>();
        Map<String, EReference> containingReference = new HashMap<>();
        for (ExchangeRelationship relationship : model.relationships()) {
            ImportPlan.Link link = plan.links.get(relationship.identifier());
            if (link != null && link.mapping().reference().isContainment()) {
                children.computeIfAbsent(link.owner(), key -> new ArrayList<>()).add(link.referenced());
                containingReference.put(link.referenced(), link.mapping().reference());
            }
        }
        for (ExchangeElement element : model.elements()) {
            if (!containingReference.containsKey(element.identifier())) {
                topLevel(byIdentifier.get(element.identifier()));
            }
        }
        for (var entry : children.entrySet()) {
            EObject owner = byIdentifier.get(entry.getKey());
            for (String child : entry.getValue()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) owner.eGet(containingReference.get(child));
                list.add(byIdentifier.get(child));
            }
        }
    }

    private void topLevel(Element element) {
        EClass eClass = element.eClass();
        EStructuralFeature list;
        if (eClass == P.getPolicyDomain()) {
            list = P.getCatalogue_PolicyDomains();
        } else if (eClass == P.getArchitectureBuildingBlock()) {
            list = P.getCatalogue_EiraLibrary();
        } else if (P.getActor().isSuperTypeOf(eClass)) {
            list = P.getCatalogue_Actors();
        } else if (eClass == P.getPlatform()) {
            list = P.getCatalogue_Platforms();
        } else if (eClass == P.getCircleOfTrust()) {
            list = P.getCatalogue_CirclesOfTrust();
        } else if (eClass == P.getSolutionBuildingBlock()) {
            list = P.getCatalogue_SolutionBuildingBlocks();
        } else if (eClass == P.getBusinessProcess()) {
            list = P.getCatalogue_Processes();
        } else {
            list = P.getCatalogue_OtherElements();
        }
        @SuppressWarnings("unchecked")
        List<EObject> values = (List<EObject>) catalogue.eGet(list);
        values.add(element);
    }

    private void reference(ImportPlan.Link link) {
        EObject owner = byIdentifier.get(link.owner());
        EObject referenced = byIdentifier.get(link.referenced());
        EReference reference = link.mapping().reference();
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> values = (List<EObject>) owner.eGet(reference);
            if (!values.contains(referenced)) {
                values.add(referenced);
            }
        } else {
            owner.eSet(reference, referenced);
        }
    }

    private Relationship relationship(ExchangeRelationship exchange) {
        Relationship relationship = F.createRelationship();
        relationship.setId(idOf(exchange.identifier(), exchange.properties()));
        relationship.setType(exchange.type());
        ExchangeTexts.readNames(relationship, exchange.names(), lang);
        relationship.setDescription(ExchangeTexts.firstText(exchange.documentation()));
        relationship.setAccessType(exchange.attributes().get(ArchimateNames.ACCESS_TYPE));
        relationship.setInfluenceModifier(exchange.attributes().get(ArchimateNames.MODIFIER));
        relationship.setDirected(Boolean.parseBoolean(exchange.attributes().get(ArchimateNames.IS_DIRECTED)));
        PropertyCodec.read(relationship, exchange.properties());
        catalogue.getRelationships().add(relationship);
        byIdentifier.put(exchange.identifier(), relationship);
        return relationship;
    }

    /** Sets a kept relationship's ends, once every relationship exists (an end may be a relationship). */
    private void connect(Relationship relationship, ExchangeRelationship exchange) {
        Element source = byIdentifier.get(exchange.source());
        Element target = byIdentifier.get(exchange.target());
        relationship.setSource(source);
        relationship.setTarget(target);
        String sourceType = conceptType(source, exchange.source());
        String targetType = conceptType(target, exchange.target());
        RelationshipType type = RelationshipType.ofExchangeName(exchange.type());
        if (!RelationshipTable.standard().allows(sourceType, targetType, type)) {
            report.warn("relationship '" + exchange.identifier() + "' (" + exchange.type() + " from " + sourceType + " to "
                    + targetType + ", line " + exchange.line() + ") is not allowed by the ArchiMate relationship table: kept");
        }
    }

    private String conceptType(Element element, String identifier) {
        if (element instanceof Relationship) {
            return RelationshipTable.RELATIONSHIP_CONCEPT;
        }
        return elementTypes.get(identifier);
    }

    /** Links each solution to the building blocks its {@code eira:ABB} names; what names no block stays a property. */
    private void resolveImplementedTypes() {
        Map<String, ArchitectureBuildingBlock> byType = new HashMap<>();
        for (Element element : byIdentifier.values()) {
            if (element instanceof ArchitectureBuildingBlock block && block.getDctType() != null) {
                byType.putIfAbsent(block.getDctType(), block);
            }
        }
        implementedTypes.forEach((solution, types) -> {
            for (String type : types) {
                boolean already = solution.getImplements().stream().anyMatch(block -> type.equals(block.getDctType()));
                ArchitectureBuildingBlock block = byType.get(type);
                if (!already && block != null) {
                    solution.getImplements().add(block);
                } else if (!already) {
                    Property unresolved = F.createProperty();
                    unresolved.setKey(ArchimateNames.EIRA_ABB);
                    unresolved.setValue(type);
                    solution.getProperties().add(unresolved);
                    report.warn("solution '" + solution.getId() + "' names the building block " + type
                            + ", which the file does not declare: kept as a property");
                }
            }
        });
    }

    /** The catalogue id of a concept: its {@code egovera:id} property, else its identifier. */
    static String idOf(String identifier, List<ExchangeProperty> properties) {
        for (ExchangeProperty property : properties) {
            if (ArchimateNames.EGOVERA_ID.equals(property.name())) {
                String id = PropertyCodec.rawValue(property);
                return id.isEmpty() ? identifier : id;
            }
        }
        return identifier;
    }
}
