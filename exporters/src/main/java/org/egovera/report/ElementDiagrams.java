package org.egovera.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.egovera.io.archimate.ArchimateTypeMapper;
import org.egovera.io.archimate.ArchimateTypeMapper.Candidate;
import org.egovera.io.archimate.ArchimateTypeMapper.ReferenceMapping;
import org.egovera.io.archimate.RelationshipTable;
import org.egovera.layout.Layout;
import org.egovera.layout.LayoutEdge;
import org.egovera.layout.LayoutNode;
import org.egovera.layout.LayeredLayout;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Relationship;
import org.egovera.model.Task;

/**
 * The diagram on an element's page: the element and the elements it is related to, as the ArchiMate
 * export states the relations (element types and relationship types from {@link ArchimateTypeMapper}),
 * laid out by the export's {@link LayeredLayout} with the export's box size. A process's diagram takes in
 * its tasks' relations too, so that it shows what supports the process.
 */
final class ElementDiagrams {

    /** The box of an element, as in the ArchiMate export's focused views. */
    static final int BOX_WIDTH = 140;
    static final int BOX_HEIGHT = 60;
    /** Neighbours drawn around an element; the page's lists name all of them. */
    static final int MAX_NEIGHBOURS = 24;

    /** A relationship as the export writes it, from source to target. */
    private record Arc(Element source, Element target, String type) {
    }

    private final SiteContext context;
    private final Map<EObject, List<Arc>> arcs = new HashMap<>();

    ElementDiagrams(SiteContext context) {
        this.context = context;
        RelationshipTable table = RelationshipTable.standard();
        Catalogue catalogue = context.catalogue();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof Relationship relationship) {
                if (relationship.getSource() != null && relationship.getTarget() != null) {
                    add(new Arc(relationship.getSource(), relationship.getTarget(), relationship.getType()));
                }
            } else if (object instanceof Element owner && ArchimateTypeMapper.elementMapping(owner.eClass()) != null) {
                String ownerType = ArchimateTypeMapper.typeOf(owner).getLiteral();
                for (ReferenceMapping mapping : ArchimateTypeMapper.referenceMappings(owner.eClass())) {
                    for (Element referenced : referenced(owner, mapping)) {
                        if (ArchimateTypeMapper.elementMapping(referenced.eClass()) == null) {
                            continue;
                        }
                        Candidate candidate = ArchimateTypeMapper.choose(mapping, ownerType,
                                ArchimateTypeMapper.typeOf(referenced).getLiteral(), table);
                        if (candidate != null) {
                            add(candidate.reversed()
                                    ? new Arc(referenced, owner, candidate.type().exchangeName())
                                    : new Arc(owner, referenced, candidate.type().exchangeName()));
                        }
                    }
                }
            }
        }
    }

    private void add(Arc arc) {
        arcs.computeIfAbsent(arc.source(), key -> new ArrayList<>()).add(arc);
        if (arc.target() != arc.source()) {
            arcs.computeIfAbsent(arc.target(), key -> new ArrayList<>()).add(arc);
        }
    }

    private static List<Element> referenced(Element owner, ReferenceMapping mapping) {
        Object value = owner.eGet(mapping.reference());
        List<Element> elements = new ArrayList<>();
        if (value instanceof List<?> values) {
            values.forEach(item -> {
                if (item instanceof Element element) {
                    elements.add(element);
                }
            });
        } else if (value instanceof Element element) {
            elements.add(element);
        }
        return elements;
    }

    /** The figure for an element's page, or null when nothing is related to it. */
    String figureOf(Element element) {
        Set<Element> shown = new LinkedHashSet<>();
        shown.add(element);
        Set<Element> centre = new LinkedHashSet<>();
        centre.add(element);
        int related = gather(element, shown);
        if (element instanceof BusinessProcess process) {
            for (Task task : process.getTasks()) {
                related += gather(task, shown);
                centre.add(task);
            }
        }
        if (shown.size() == 1) {
            return null;
        }
        Map<Element, String> nodeIds = new LinkedHashMap<>();
        List<LayoutNode> boxes = new ArrayList<>();
        Map<String, SvgDiagram.Node> nodes = new HashMap<>();
        for (Element member : shown) {
            String nodeId = "n" + nodeIds.size();
            nodeIds.put(member, nodeId);
            boxes.add(LayoutNode.box(nodeId, BOX_WIDTH, BOX_HEIGHT));
            String path = context.paths().pathOf(member);
            nodes.put(nodeId, new SvgDiagram.Node(ElementPageBuilder.displayName(member),
                    member == element || path == null ? null : "../" + path, ArchimateTypeMapper.typeOf(member),
                    member == element));
        }
        List<LayoutEdge> edges = new ArrayList<>();
        Map<String, String> edgeTypes = new HashMap<>();
        Set<Arc> drawn = new LinkedHashSet<>();
        for (Element member : shown) {
            for (Arc arc : arcs.getOrDefault(member, List.of())) {
                // only the centre's own relations: relations among the neighbours (a domain holding
                // every block around it) would cross the whole drawing and hide the story
                boolean central = centre.contains(arc.source()) || centre.contains(arc.target());
                if (central && arc.source() != arc.target() && nodeIds.containsKey(arc.source())
                        && nodeIds.containsKey(arc.target()) && drawn.add(arc)) {
                    String edgeId = "e" + edges.size();
                    edges.add(new LayoutEdge(edgeId, nodeIds.get(arc.source()), nodeIds.get(arc.target())));
                    edgeTypes.put(edgeId, arc.type());
                }
            }
        }
        Layout layout = new LayeredLayout().layout(boxes, edges);
        String caption = caption(element, shown.size() - 1, related);
        return SvgDiagram.figure("diagram", caption, layout, nodes, edgeTypes);
    }

    /** Adds the neighbours of {@code element} to {@code shown}, up to the limit; returns how many it has. */
    private int gather(Element element, Set<Element> shown) {
        Set<Element> neighbours = new LinkedHashSet<>();
        for (Arc arc : arcs.getOrDefault(element, List.of())) {
            neighbours.add(arc.source() == element ? arc.target() : arc.source());
        }
        neighbours.remove(element);
        for (Element neighbour : neighbours) {
            if (shown.size() > MAX_NEIGHBOURS) {
                break;
            }
            shown.add(neighbour);
        }
        return neighbours.size();
    }

    private static String caption(Element element, int shown, int related) {
        String name = ElementPageBuilder.displayName(element);
        if (shown >= related) {
            return name + " and the " + shown + " element(s) related to it, in ArchiMate notation";
        }
        return name + " and " + shown + " of its " + related + " related elements, in ArchiMate notation;"
                + " the lists below name all of them";
    }
}
