package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.Actor;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElement;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Audience;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.CircleOfTrust;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.Folder;
import org.egovera.model.LangString;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;
import org.egovera.model.Platform;
import org.egovera.model.PlatformKind;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Property;
import org.egovera.model.Provenance;
import org.egovera.model.Relationship;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.Task;
import org.egovera.model.TaskKind;
import org.egovera.model.TrustLevel;
import org.egovera.model.View;
import org.egovera.model.ViewConnection;
import org.egovera.model.ViewNode;
import org.egovera.model.ViewNodeKind;
import org.egovera.model.ViewPoint;
import org.egovera.model.ViewStyle;

/**
 * Random catalogues for round-trip properties: every class, attribute and reference of the
 * metamodel appears with random values, names and ids with characters the exchange format must
 * escape or map, imported views and folders, and relationships the table forbids. What the
 * format cannot carry is left out on purpose: data gaps, and names in the catalogue's own
 * language among the labels (a label in that language would read back as the name).
 */
final class RandomCatalogues {

    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;
    private static final String[] LANGUAGES = { "en", "fr", "es" };
    private static final String[] LABEL_LANGUAGES = { "de", "nl", "it" };
    private static final String TEXT_CHARACTERS = "abcdefghij XYZ 0123 éàüß çø ‘quotes’ \" ' < > & ; : / . - _ \t \r\n \n ";
    private static final String ID_CHARACTERS = "abcdefXYZ0123._-: /#é";
    private static final String[] RELATIONSHIP_TYPES = { "Composition", "Aggregation", "Assignment", "Realization", "Serving",
            "Access", "Influence", "Triggering", "Flow", "Specialization", "Association" };

    private final Random random;
    private final List<Element> elements = new ArrayList<>();
    /** Elements already in a folder: ArchiMate files each element in one folder only. */
    private final java.util.Set<Element> filed = new java.util.HashSet<>();
    private int counter;

    private RandomCatalogues(long seed) {
        this.random = new Random(seed);
    }

    static Catalogue generate(long seed) {
        return new RandomCatalogues(seed).catalogue();
    }

    private Catalogue catalogue() {
        Catalogue catalogue = F.createCatalogue();
        String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
        catalogue.setLanguage(lang);
        describe(catalogue);
        if (random.nextBoolean()) {
            catalogue.setVersion(text(6));
        }
        if (random.nextBoolean()) {
            catalogue.setBaseIri("https://example.org/" + random.nextInt(100) + "/");
        }
        if (random.nextBoolean()) {
            catalogue.getMetadata().add(property("schema", "Dublin Core"));
            catalogue.getMetadata().add(property("dc:title", text(12)));
        }
        List<ArchitectureBuildingBlock> library = new ArrayList<>();
        for (int i = count(4); i > 0; i--) {
            ArchitectureBuildingBlock block = block(AbbOrigin.EIRA, library);
            catalogue.getEiraLibrary().add(block);
            library.add(block);
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = count(4); i > 0; i--) {
            Actor actor = actor(actors);
            catalogue.getActors().add(actor);
            actors.add(actor);
        }
        List<Platform> platforms = new ArrayList<>();
        for (int i = count(3); i > 0; i--) {
            Platform platform = describe(F.createPlatform());
            if (random.nextBoolean()) {
                platform.setKind(pick(PlatformKind.VALUES));
            }
            platform.getReachedThrough().addAll(subset(platforms));
            catalogue.getPlatforms().add(platform);
            platforms.add(platform);
        }
        List<DigitalPublicService> services = new ArrayList<>();
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>(library);
        for (int d = count(3); d > 0; d--) {
            PolicyDomain domain = describe(F.createPolicyDomain());
            catalogue.getPolicyDomains().add(domain);
            List<DigitalBusinessCapability> capabilities = new ArrayList<>();
            for (int i = count(4); i > 0; i--) {
                DigitalBusinessCapability capability = describe(F.createDigitalBusinessCapability());
                capability.setPriority(random.nextBoolean());
                if (random.nextInt(3) == 0) {
                    capability.setPriorityRationale(text(20));
                }
                domain.getCapabilities().add(capability);
                if (!capabilities.isEmpty() && random.nextBoolean()) {
                    capability.setBroader(capabilities.get(random.nextInt(capabilities.size())));
                }
                capabilities.add(capability);
            }
            for (int i = count(4); i > 0; i--) {
                ArchitectureBuildingBlock block = block(AbbOrigin.EGOVERA, blocks);
                if (!library.isEmpty() && random.nextBoolean()) {
                    block.setSpecialises(library.get(random.nextInt(library.size())));
                }
                domain.getBuildingBlocks().add(block);
                blocks.add(block);
            }
            for (int i = count(4); i > 0; i--) {
                DigitalPublicService service = describe(F.createDigitalPublicService());
                domain.getServices().add(service);
                service.getRealises().addAll(subset(capabilities));
                service.getUses().addAll(subset(blocks));
                service.getConsumers().addAll(subset(actors));
                service.getExposedThrough().addAll(subset(platforms));
                for (Audience audience : subset(Audience.VALUES)) {
                    service.getAudience().add(audience);
                }
                organisation(actors).ifPresent(service::setCompetentAuthority);
                services.add(service);
            }
        }
        for (int i = count(3); i > 0; i--) {
            SolutionBuildingBlock solution = describe(F.createSolutionBuildingBlock());
            solution.setArchimateType(type());
            if (random.nextBoolean()) {
                solution.setSourcing(pick(Sourcing.VALUES));
            }
            solution.getImplements().addAll(subset(blocks));
            solution.getConsumers().addAll(subset(actors));
            solution.getExposedThrough().addAll(subset(platforms));
            organisation(actors).ifPresent(solution::setProvider);
            actors.stream().filter(MemberState.class::isInstance).map(MemberState.class::cast)
                    .filter(member -> random.nextBoolean()).forEach(solution.getUsedBy()::add);
            catalogue.getSolutionBuildingBlocks().add(solution);
        }
        for (int i = count(2); i > 0; i--) {
            CircleOfTrust circle = describe(F.createCircleOfTrust());
            if (random.nextBoolean()) {
                circle.setTrustLevel(pick(TrustLevel.VALUES));
            }
            circle.getMembers().addAll(subset(actors));
            circle.getPlatforms().addAll(subset(platforms));
            catalogue.getCirclesOfTrust().add(circle);
        }
        List<BusinessProcess> processes = new ArrayList<>();
        for (int i = count(2); i > 0; i--) {
            BusinessProcess process = process(actors, services, blocks, processes);
            if (random.nextInt(3) == 0) {
                process.getSubProcesses().add(process(actors, services, blocks, processes));
            }
            catalogue.getProcesses().add(process);
        }
        for (int i = count(3); i > 0; i--) {
            ArchimateElement other = describe(F.createArchimateElement());
            other.setArchimateType(type());
            catalogue.getOtherElements().add(other);
        }
        for (int i = count(4); i > 0 && elements.size() > 1; i--) {
            catalogue.getRelationships().add(relationship(catalogue.getRelationships()));
        }
        if (random.nextBoolean() && !elements.isEmpty()) {
            catalogue.getViews().add(view(catalogue.getRelationships()));
        }
        if (random.nextBoolean()) {
            catalogue.getFolders().add(folder(catalogue, 0));
        }
        return catalogue;
    }

    private ArchitectureBuildingBlock block(AbbOrigin origin, List<ArchitectureBuildingBlock> earlier) {
        ArchitectureBuildingBlock block = describe(F.createArchitectureBuildingBlock());
        block.setOrigin(origin);
        block.setArchimateType(random.nextInt(8) == 0 ? ArchimateElementType.UNSPECIFIED : type());
        if (random.nextInt(5) > 0) {
            block.setView(pick(EiraView.VALUES));
        }
        if (random.nextInt(5) > 0) {
            block.setDctType((origin == AbbOrigin.EIRA ? "eira:" : "egovera:") + word());
        }
        if (random.nextBoolean()) {
            block.setStatus(pick(AbbStatus.VALUES));
        }
        if (random.nextBoolean()) {
            block.setArea(text(10));
        }
        if (random.nextInt(4) == 0) {
            block.setEli("http://data.europa.eu/eli/reg/2020/" + random.nextInt(999) + "/oj");
            block.setCelex("3" + random.nextInt(99999) + "R");
        }
        block.getSuccessors().addAll(subset(earlier));
        block.getDependsOn().addAll(subset(earlier));
        return block;
    }

    private Actor actor(List<Actor> earlier) {
        Actor actor = switch (random.nextInt(3)) {
            case 0 -> {
                MemberState member = F.createMemberState();
                member.setIsoCode(word().toUpperCase(java.util.Locale.ROOT));
                yield member;
            }
            case 1 -> {
                Organisation organisation = F.createOrganisation();
                organisation.setGeneric(random.nextBoolean());
                organisation(earlier).ifPresent(organisation::setPartOf);
                yield organisation;
            }
            default -> F.createActorClass();
        };
        describe(actor);
        if (random.nextBoolean()) {
            actor.setTrustLevel(pick(TrustLevel.VALUES));
        }
        return actor;
    }

    private BusinessProcess process(List<Actor> actors, List<DigitalPublicService> services,
            List<ArchitectureBuildingBlock> blocks, List<BusinessProcess> earlier) {
        BusinessProcess process = describe(F.createBusinessProcess());
        if (random.nextBoolean()) {
            process.setBpmnId("Process_" + random.nextInt(1000));
            process.setSourceFile(word() + ".bpmn");
        }
        process.getCalls().addAll(subset(earlier));
        for (int i = count(3); i > 0; i--) {
            Task task = describe(F.createTask());
            task.setKind(pick(TaskKind.VALUES));
            if (random.nextBoolean()) {
                task.setPerformer(text(8));
                task.setBpmnId("Task_" + random.nextInt(1000));
            }
            if (!actors.isEmpty() && random.nextBoolean()) {
                task.setPerformedBy(actors.get(random.nextInt(actors.size())));
            }
            task.getSupportingServices().addAll(subset(services));
            task.getSupportingBuildingBlocks().addAll(subset(blocks));
            if (random.nextBoolean()) {
                task.setMappingNote(text(15));
            }
            process.getTasks().add(task);
        }
        earlier.add(process);
        return process;
    }

    private Relationship relationship(List<Relationship> earlier) {
        Relationship relationship = describe(F.createRelationship());
        String type = RELATIONSHIP_TYPES[random.nextInt(RELATIONSHIP_TYPES.length)];
        relationship.setType(type);
        relationship.setSource(elements.get(random.nextInt(elements.size())));
        // now and then a relationship about a relationship, as ArchiMate allows
        relationship.setTarget(!earlier.isEmpty() && random.nextInt(5) == 0 ? earlier.get(random.nextInt(earlier.size()))
                : elements.get(random.nextInt(elements.size())));
        switch (type) {
            case "Access" -> relationship.setAccessType(random.nextBoolean() ? "Read" : null);
            case "Association" -> relationship.setDirected(random.nextBoolean());
            case "Influence" -> relationship.setInfluenceModifier(random.nextBoolean() ? "++" : null);
            default -> {
            }
        }
        return relationship;
    }

    private View view(List<Relationship> relationships) {
        View view = describe(F.createView());
        if (random.nextBoolean()) {
            view.setViewpoint("Layered");
        }
        List<ViewNode> nodes = new ArrayList<>();
        for (int i = count(4) + 1; i > 0; i--) {
            ViewNode node = node(ViewNodeKind.ELEMENT);
            node.setElement(elements.get(random.nextInt(elements.size())));
            if (random.nextBoolean()) {
                ViewNode child = node(ViewNodeKind.ELEMENT);
                child.setElement(elements.get(random.nextInt(elements.size())));
                node.getNodes().add(child);
                nodes.add(child);
            }
            view.getNodes().add(node);
            nodes.add(node);
        }
        ViewNode container = node(ViewNodeKind.CONTAINER);
        container.setLabel(text(8));
        view.getNodes().add(container);
        nodes.add(container);
        for (Relationship relationship : relationships) {
            if (random.nextBoolean()) {
                view.getConnections().add(connection(relationship, nodes));
            }
        }
        if (random.nextBoolean()) {
            view.getConnections().add(connection(null, nodes));
        }
        return view;
    }

    private ViewNode node(ViewNodeKind kind) {
        ViewNode node = F.createViewNode();
        node.setId("node-" + ++counter);
        node.setKind(kind);
        node.setX(random.nextInt(800));
        node.setY(random.nextInt(600));
        node.setWidth(1 + random.nextInt(200));
        node.setHeight(1 + random.nextInt(100));
        if (random.nextBoolean()) {
            node.setStyle(style());
        }
        if (random.nextInt(4) == 0) {
            node.setDescription(text(10));
        }
        return node;
    }

    private ViewConnection connection(Relationship relationship, List<ViewNode> nodes) {
        ViewConnection connection = F.createViewConnection();
        connection.setId("connection-" + ++counter);
        connection.setRelationship(relationship);
        connection.setSource(nodes.get(random.nextInt(nodes.size())));
        connection.setTarget(nodes.get(random.nextInt(nodes.size())));
        for (int i = random.nextInt(3); i > 0; i--) {
            connection.getBendpoints().add(point());
        }
        if (random.nextInt(3) == 0) {
            connection.setSourceAttachment(point());
            connection.setTargetAttachment(point());
        }
        if (random.nextBoolean()) {
            connection.setStyle(style());
        }
        return connection;
    }

    private ViewPoint point() {
        ViewPoint point = F.createViewPoint();
        point.setX(random.nextInt(900));
        point.setY(random.nextInt(900));
        return point;
    }

    private ViewStyle style() {
        ViewStyle style = F.createViewStyle();
        style.setFillColor(random.nextInt(256) + "," + random.nextInt(256) + "," + random.nextInt(256)
                + (random.nextBoolean() ? "," + random.nextInt(101) : ""));
        if (random.nextBoolean()) {
            style.setLineColor("92,92,92");
            style.setLineWidth(1 + random.nextInt(3));
        }
        if (random.nextBoolean()) {
            style.setFontName("Segoe UI");
            style.setFontSize(random.nextBoolean() ? "9" : "10.5");
            style.setFontStyle(random.nextBoolean() ? "bold" : null);
            style.setFontColor(random.nextBoolean() ? "0,0,0" : null);
        }
        return style;
    }

    private Folder folder(Catalogue catalogue, int depth) {
        Folder folder = F.createFolder();
        if (random.nextBoolean()) {
            folder.setId("folder-" + ++counter);
        }
        folder.setName(text(8));
        if (random.nextInt(3) == 0) {
            folder.setDescription(text(12));
        }
        for (Element element : elements) {
            if (random.nextInt(4) == 0 && filed.add(element)) {
                folder.getItems().add(element);
            }
        }
        if (depth < 2 && random.nextBoolean()) {
            folder.getFolders().add(folder(catalogue, depth + 1));
        }
        return folder;
    }

    private java.util.Optional<Organisation> organisation(List<Actor> actors) {
        List<Organisation> organisations = actors.stream().filter(Organisation.class::isInstance)
                .map(Organisation.class::cast).toList();
        return organisations.isEmpty() || random.nextBoolean() ? java.util.Optional.empty()
                : java.util.Optional.of(organisations.get(random.nextInt(organisations.size())));
    }

    /** Gives an element a unique id and random texts, labels, provenance and free properties. */
    private <T extends Element> T describe(T element) {
        element.setId(id());
        if (random.nextInt(10) > 0) {
            element.setName(text(1 + random.nextInt(20)));
        }
        if (random.nextBoolean()) {
            element.setDescription(text(1 + random.nextInt(40)));
        }
        if (random.nextInt(4) == 0) {
            element.setPersistentUri("http://data.europa.eu/dr8/" + word() + counter);
        }
        if (element.getName() != null && random.nextInt(4) == 0) {
            LangString label = F.createLangString();
            label.setLang(LABEL_LANGUAGES[random.nextInt(LABEL_LANGUAGES.length)]);
            label.setValue(text(10));
            element.getLabels().add(label);
        }
        if (random.nextInt(4) == 0) {
            Provenance provenance = F.createProvenance();
            if (random.nextBoolean()) {
                provenance.setRelease("release " + random.nextInt(7));
            }
            if (random.nextBoolean()) {
                provenance.setSourceId(word());
                provenance.setSourceFile(word() + ".json");
            }
            element.setProvenance(provenance);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            element.getProperties().add(property("custom:" + word(), random.nextInt(5) == 0 ? "" : text(10)));
        }
        if (!(element instanceof Relationship) && !(element instanceof View) && !(element instanceof Catalogue)) {
            elements.add(element);
        }
        return element;
    }

    private static Property property(String key, String value) {
        Property property = F.createProperty();
        property.setKey(key);
        property.setValue(value);
        return property;
    }

    private String id() {
        StringBuilder id = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return id.append('.').append(++counter).toString();
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(TEXT_CHARACTERS.charAt(random.nextInt(TEXT_CHARACTERS.length())));
        }
        return text.toString();
    }

    private String word() {
        StringBuilder word = new StringBuilder();
        for (int i = 3 + random.nextInt(6); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private ArchimateElementType type() {
        return ArchimateElementType.VALUES.get(1 + random.nextInt(ArchimateElementType.VALUES.size() - 1));
    }

    private int count(int max) {
        return random.nextInt(max + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> subset(List<T> values) {
        List<T> subset = new ArrayList<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                subset.add(value);
            }
        }
        java.util.Collections.shuffle(subset, random);
        return subset;
    }
}
