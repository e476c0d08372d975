package org.egovera.io.archimate;

import java.util.List;

/**
 * A view (diagram) of the exchange file, read as far as its identity and what it shows: the
 * elements and relationships its nodes and connections refer to. Layout (bounds, bendpoints,
 * styles) is not read here.
 *
 * @param identifier       its {@code identifier}
 * @param type             its {@code xsi:type} ({@code Diagram})
 * @param viewpoint        its {@code viewpoint} attribute, or null
 * @param names            its names
 * @param documentation    its documentation
 * @param properties       its properties
 * @param elementRefs      the elements its nodes show, nested nodes included, in document order
 * @param relationshipRefs the relationships its connections show
 */
public record ExchangeView(String identifier, String type, String viewpoint, List<LangText> names,
        List<LangText> documentation, List<ExchangeProperty> properties, List<String> elementRefs,
        List<String> relationshipRefs) implements PropertyHolder {

    public ExchangeView {
        names = List.copyOf(names);
        documentation = List.copyOf(documentation);
        properties = List.copyOf(properties);
        elementRefs = List.copyOf(elementRefs);
        relationshipRefs = List.copyOf(relationshipRefs);
    }

    public String name() {
        String name = LangText.firstText(names);
        return name == null ? "" : name.strip();
    }
}
