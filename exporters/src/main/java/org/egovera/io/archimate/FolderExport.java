package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.egovera.io.archimate.ArchimateTypeMapper.ElementMapping;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.Folder;
import org.egovera.model.PolicyDomain;

/**
 * The organizations of an export. Folders kept from an imported model come first, with the
 * exported items they hold; everything else is filed in derived folders by kind, then by policy
 * domain and EIRA view, whose identifiers tell the importer to skip them.
 */
final class FolderExport {

    private final ExportContext context;
    private final Set<String> filed = new HashSet<>();
    private final Node derived = new Node("", null);

    /** A derived folder being filled. */
    private static final class Node {
        final String path;
        final String label;
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<String> items = new ArrayList<>();

        Node(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    FolderExport(ExportContext context) {
        this.context = context;
    }

    /**
     * @param elements      exported elements, in order
     * @param relationships exported relationship identifiers, in order
     * @param views         exported view identifiers, each with the folder path it belongs in
     */
    List<OrganizationItem> write(List<Element> elements, List<String> relationships, Map<String, List<String>> views) {
        List<OrganizationItem> stored = new ArrayList<>();
        for (Folder folder : context.catalogue.getFolders()) {
            OrganizationItem item = stored(folder);
            if (item != null) {
                stored.add(item);
            }
        }
        for (Element element : elements) {
            String identifier = context.ids.of(element);
            if (!filed.contains(identifier)) {
                file(pathOf(element), identifier);
            }
        }
        for (String relationship : relationships) {
            if (!filed.contains(relationship)) {
                file(List.of("Relations"), relationship);
            }
        }
        views.forEach((identifier, path) -> {
            if (!filed.contains(identifier)) {
                file(path, identifier);
            }
        });
        List<OrganizationItem> all = new ArrayList<>(stored);
        for (Node top : derived.children.values()) {
            all.add(item(top));
        }
        return all;
    }

    private OrganizationItem stored(Folder folder) {
        List<OrganizationItem> items = new ArrayList<>();
        for (Folder child : folder.getFolders()) {
            OrganizationItem item = stored(child);
            if (item != null) {
                items.add(item);
            }
        }
        for (Element element : folder.getItems()) {
            String identifier = context.ids.existing(element);
            if (identifier != null && context.isExported(element) && filed.add(identifier)) {
                items.add(OrganizationItem.reference(identifier));
            }
        }
        String identifier = folder.getId() != null && ExchangeIdentifiers.isNcName(folder.getId())
                ? context.ids.reserve(folder.getId()) : null;
        return new OrganizationItem(null, ExchangeTexts.single(folder.getName(), context.lang),
                ExchangeTexts.documentation(folder.getDescription(), context.lang), items, identifier);
    }

    private void file(List<String> path, String identifier) {
        Node node = derived;
        for (String label : path) {
            String childPath = node.path.isEmpty() ? slug(label) : node.path + "." + slug(label);
            node = node.children.computeIfAbsent(label, key -> new Node(childPath, label));
        }
        node.items.add(identifier);
        filed.add(identifier);
    }

    private OrganizationItem item(Node node) {
        List<OrganizationItem> items = new ArrayList<>();
        for (Node child : node.children.values()) {
            items.add(item(child));
        }
        for (String identifier : node.items) {
            items.add(OrganizationItem.reference(identifier));
        }
        String identifier = context.ids.reserve(ArchimateNames.DERIVED_FOLDER_PREFIX + node.path);
        return new OrganizationItem(null, List.of(new LangText(context.lang, node.label)), List.of(), items, identifier);
    }

    /** Where the exporter files an element. */
    static List<String> pathOf(Element element) {
        ElementMapping mapping = ArchimateTypeMapper.elementMapping(element.eClass());
        String folder = mapping == null ? "Other elements" : mapping.folder();
        if (element instanceof ArchitectureBuildingBlock block) {
            String view = block.getView() == EiraView.UNSPECIFIED ? "No EIRA view" : block.getView().getLiteral();
            if (block.eContainer() instanceof PolicyDomain domain) {
                return List.of(folder, label(domain), view);
            }
            return List.of("EIRA library", view);
        }
        if (element.eContainer() instanceof PolicyDomain domain) {
            return List.of(folder, label(domain));
        }
        return List.of(folder);
    }

    private static String label(Element element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
    }

    private static String slug(String label) {
        return ExchangeIdentifiers.sanitize(label.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }
}
