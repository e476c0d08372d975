package org.egovera.mapping;

import java.util.HashMap;
import java.util.Map;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.SolutionBuildingBlock;

/** Catalogue elements by id, built once for the many look-ups of mapping and tracing. */
public final class CatalogueLookup {

    private final Map<String, Element> elements = new HashMap<>();

    private CatalogueLookup() {
    }

    public static CatalogueLookup of(Catalogue catalogue) {
        CatalogueLookup lookup = new CatalogueLookup();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Element element && element.getId() != null) {
                lookup.elements.putIfAbsent(element.getId(), element);
            }
        }
        return lookup;
    }

    public Element element(String id) {
        return elements.get(id);
    }

    public DigitalPublicService service(String id) {
        return elements.get(id) instanceof DigitalPublicService service ? service : null;
    }

    public ArchitectureBuildingBlock buildingBlock(String id) {
        return elements.get(id) instanceof ArchitectureBuildingBlock block ? block : null;
    }

    public SolutionBuildingBlock solution(String id) {
        return elements.get(id) instanceof SolutionBuildingBlock solution ? solution : null;
    }

    /** What an id names, for messages: "a digital public service", "nothing in the catalogue"... */
    public String describe(String id) {
        Element element = elements.get(id);
        if (element == null) {
            return "nothing in the catalogue";
        }
        String kind = kindOf(element);
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** A class name as readers say it: "digital public service", "architecture building block". */
    public static String kindOf(Element element) {
        return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
