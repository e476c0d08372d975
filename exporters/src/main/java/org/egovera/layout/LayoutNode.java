package org.egovera.layout;

import java.util.List;

/**
 * A node to lay out: a box of a given size, or a group (a box with a label band) around nested
 * nodes, whose size the layout decides.
 *
 * @param id       the caller's identifier, returned on the positioned node
 * @param label    the group's label (drawn in its band), or null
 * @param width    the box's width; ignored for a group
 * @param height   the box's height; ignored for a group
 * @param children the nested nodes of a group, empty for a box
 */
public record LayoutNode(String id, String label, int width, int height, List<LayoutNode> children) {

    public LayoutNode {
        children = List.copyOf(children);
    }

    public static LayoutNode box(String id, int width, int height) {
        return new LayoutNode(id, null, width, height, List.of());
    }

    public static LayoutNode group(String id, String label, List<LayoutNode> children) {
        return new LayoutNode(id, label, 0, 0, children);
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }
}
