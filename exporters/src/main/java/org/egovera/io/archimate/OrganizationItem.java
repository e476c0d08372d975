package org.egovera.io.archimate;

import java.util.List;

/**
 * A node of the {@code organizations} tree: a folder (labels and children) or a reference to a
 * concept or view ({@code identifierRef}).
 *
 * @param identifierRef the referenced element, relationship or view, or null for a folder
 * @param labels        the folder's labels
 * @param documentation its documentation
 * @param items         its children in document order
 * @param identifier    the folder's own (optional) {@code identifier}, or null
 */
public record OrganizationItem(String identifierRef, List<LangText> labels, List<LangText> documentation,
        List<OrganizationItem> items, String identifier) {

    public OrganizationItem {
        labels = List.copyOf(labels);
        documentation = List.copyOf(documentation);
        items = List.copyOf(items);
    }

    public OrganizationItem(String identifierRef, List<LangText> labels, List<LangText> documentation,
            List<OrganizationItem> items) {
        this(identifierRef, labels, documentation, items, null);
    }

    /** A reference to a concept or view. */
    public static OrganizationItem reference(String identifierRef) {
        return new OrganizationItem(identifierRef, List.of(), List.of(), List.of(), null);
    }

    public boolean isFolder() {
        return identifierRef == null;
    }

    /** The first non-blank label, or null. */
    public String label() {
        return LangText.firstText(labels);
    }
}
