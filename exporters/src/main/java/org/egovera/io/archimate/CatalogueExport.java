package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Property;
import org.egovera.model.Relationship;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Task;
import org.egovera.model.View;
import org.egovera.model.io.Progress;

/** Builds the {@link ExchangeModel} of a catalogue: the sections in order, sharing one {@link ExportContext}. */
final class CatalogueExport {

    private final Catalogue catalogue;
    private final ExportOptions options;
    private final Progress progress;
    private final ExportContext context;
    /** Each exported element's place in the file, which orders the far ends of links the same way on every export. */
    private final Map<Element, Integer> position = new java.util.HashMap<>();

    CatalogueExport(Catalogue catalogue, ExportOptions options, Progress progress) {
        this.catalogue = catalogue;
        this.options = options;
        this.progress = progress;
        this.context = new ExportContext(catalogue);
    }

    ExchangeModel build() {
        Set<Element> subset = options.filter() == null ? null : options.filter().select(catalogue);
        List<Element> elements = new ArrayList<>();
        for (Element element : ElementOrder.of(catalogue)) {
            if (subset == null || subset.contains(element)) {
                position.put(element, elements.size());
                elements.add(element);
                context.export(element);
            }
        }
        List<Relationship> own = ownRelationships();
        String lang = context.lang;
        String identifier = context.ids.of(catalogue);
        List<ExchangeProperty> modelProperties = PropertyCodec.write(catalogue, identifier, lang, context.definitions);

        progress.start("Mapping elements", elements.size());
        List<ExchangeElement> exchangeElements = new ArrayList<>(elements.size());
        for (Element element : elements) {
            String elementIdentifier = context.ids.of(element);
            exchangeElements.add(new ExchangeElement(elementIdentifier, context.typeOf(element),
                    ExchangeTexts.names(element, lang), ExchangeTexts.documentation(element.getDescription(), lang),
                    PropertyCodec.write(element, elementIdentifier, lang, context.definitions), 0));
        }
        progress.done();
        List<ExchangeRelationship> relationships = new RelationshipExport(context).write(elements, own);

        Map<String, List<String>> viewFolders = new LinkedHashMap<>();
        List<ExchangeView> views = views(elements, viewFolders);
        List<OrganizationItem> organizations = new FolderExport(context).write(elements,
                relationships.stream().map(ExchangeRelationship::identifier).toList(), viewFolders);

        List<MetadataEntry> metadata = new ArrayList<>();
        for (Property entry : catalogue.getMetadata()) {
            metadata.add(MetadataCodec.entry(entry));
        }
        return new ExchangeModel(null, identifier, ExchangeTexts.names(catalogue, lang),
                ExchangeTexts.documentation(catalogue.getDescription(), lang), modelProperties,
                context.definitions.definitions(), exchangeElements, relationships, organizations, views, metadata);
    }

    /** The catalogue's own relationships whose ends are both exported (ends may be relationships themselves). */
    private List<Relationship> ownRelationships() {
        Set<Relationship> accepted = new LinkedHashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relationship relationship : catalogue.getRelationships()) {
                if (!accepted.contains(relationship) && context.isExported(relationship.getSource())
                        && context.isExported(relationship.getTarget())) {
                    accepted.add(relationship);
                    context.export(relationship);
                    changed = true;
                }
            }
        }
        return catalogue.getRelationships().stream().filter(accepted::contains).toList();
    }

    private List<ExchangeView> views(List<Element> elements, Map<String, List<String>> folders) {
        List<ExchangeView> views = new ArrayList<>();
        if (options.views() == ViewSelection.NONE) {
            return views;
        }
        StoredViewExport stored = new StoredViewExport(context);
        List<View> storedViews = new ArrayList<>();
        Set<String> storedNames = new LinkedHashSet<>();
        if (options.views() == ViewSelection.ALL) {
            for (View view : catalogue.getViews()) {
                context.export(view);
            }
            for (View view : catalogue.getViews()) {
                if (stored.complete(view)) {
                    storedViews.add(view);
                    storedNames.add(view.getName());
                } else {
                    context.unexport(view);
                }
            }
        }
        DerivedViews derived = new DerivedViews(context);
        progress.start("Drawing views", 0);
        for (EiraView eiraView : EiraView.VALUES) {
            if (eiraView != EiraView.UNSPECIFIED && !storedNames.contains(eiraView.getLiteral())) {
                List<ArchitectureBuildingBlock> blocks = elements.stream()
                        .filter(e -> e instanceof ArchitectureBuildingBlock b && b.getView() == eiraView)
                        .map(ArchitectureBuildingBlock.class::cast).toList();
                add(views, folders, derived.eiraView(eiraView, blocks), "EIRA views");
            }
        }
        if (options.views() == ViewSelection.ALL) {
            for (Element element : elements) {
                if (element instanceof DigitalBusinessCapability capability && capability.isPriority()) {
                    add(views, folders, derived.focusView("capability", capability, capabilityRanks(capability)), "Capability views");
                }
            }
            for (Element element : elements) {
                if (element instanceof DigitalPublicService service) {
                    add(views, folders, derived.focusView("service", service, serviceRanks(service)), "Service views");
                }
            }
            for (BusinessProcess process : catalogue.getProcesses()) {
                if (context.isExported(process)) {
                    add(views, folders, derived.focusView("process", process, processRanks(process)), "Process views");
                }
            }
            for (View view : storedViews) {
                ExchangeView written = stored.write(view);
                views.add(written);
                folders.put(written.identifier(), List.of("Views", "Imported views"));
            }
        }
        progress.done();
        return views;
    }

    private static void add(List<ExchangeView> views, Map<String, List<String>> folders, ExchangeView view, String folder) {
        views.add(view);
        folders.put(view.identifier(), List.of("Views", folder));
    }

    private Map<Element, Integer> capabilityRanks(DigitalBusinessCapability capability) {
        Map<Element, Integer> ranks = new LinkedHashMap<>();
        rank(ranks, capability, 0);
        for (DigitalPublicService service : inFileOrder(capability.getRealisedBy())) {
            rank(ranks, service, 1);
            for (ArchitectureBuildingBlock block : service.getUses()) {
                rank(ranks, block, 2);
            }
        }
        return ranks;
    }

    private Map<Element, Integer> serviceRanks(DigitalPublicService service) {
        Map<Element, Integer> ranks = new LinkedHashMap<>();
        service.getRealises().forEach(capability -> rank(ranks, capability, 0));
        service.getConsumers().forEach(actor -> rank(ranks, actor, 0));
        rank(ranks, service, 1);
        service.getExposedThrough().forEach(platform -> rank(ranks, platform, 2));
        for (ArchitectureBuildingBlock block : service.getUses()) {
            rank(ranks, block, 2);
            if (block.getSpecialises() != null) {
                rank(ranks, block.getSpecialises(), 3);
            }
            for (SolutionBuildingBlock solution : inFileOrder(block.getImplementedBy())) {
                rank(ranks, solution, 3);
            }
        }
        return ranks;
    }

    private Map<Element, Integer> processRanks(BusinessProcess process) {
        Map<Element, Integer> ranks = new LinkedHashMap<>();
        rank(ranks, process, 0);
        process.getSubProcesses().forEach(subProcess -> rank(ranks, subProcess, 1));
        for (Task task : process.getTasks()) {
            rank(ranks, task, 1);
            if (task.getPerformedBy() != null) {
                rank(ranks, task.getPerformedBy(), 0);
            }
            task.getSupportingServices().forEach(service -> rank(ranks, service, 2));
            task.getSupportingBuildingBlocks().forEach(block -> rank(ranks, block, 3));
        }
        return ranks;
    }

    /**
     * The elements of the far end of a link in the order of the file: that end's own order is not
     * carried by the exchange format, and a view must not change when it is read back.
     */
    private <T extends Element> List<T> inFileOrder(List<T> elements) {
        return elements.stream().sorted(java.util.Comparator.comparingInt(e -> position.getOrDefault(e, Integer.MAX_VALUE))).toList();
    }

    /** Shows an exported element at a rank (the first rank given wins). */
    private void rank(Map<Element, Integer> ranks, Element element, int rank) {
        if (context.isExported(element) && !(element instanceof PolicyDomain)) {
            ranks.putIfAbsent(element, rank);
        }
    }
}
