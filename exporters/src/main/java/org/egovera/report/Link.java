package org.egovera.report;

/**
 * A link to a page, as templates show it.
 *
 * @param href  relative to the page that shows the link; null where the target has no page
 * @param label the target's name, or its id when it has none
 * @param id    the target's id
 * @param note  a short qualifier (the kind of a task's process, a relationship's type), may be null
 */
public record Link(String href, String label, String id, String note) {
}
