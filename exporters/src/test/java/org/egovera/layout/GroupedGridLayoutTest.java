package org.egovera.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GroupedGridLayoutTest {

    @Test
    void nestedGroupsHoldTheirBoxesWithoutOverlap() {
        List<LayoutNode> areas = new ArrayList<>();
        int id = 0;
        for (int area = 0; area < 7; area++) {
            List<LayoutNode> boxes = new ArrayList<>();
            for (int i = 0; i <= area * 3; i++) {
                boxes.add(LayoutNode.box("b" + id++, 120, 55));
            }
            areas.add(LayoutNode.group("area" + area, "Area " + area, boxes));
        }
        List<LayoutNode> top = List.of(LayoutNode.group("tax", "Tax", areas.subList(0, 4)),
                LayoutNode.group("eira", "EIRA library", areas.subList(4, 7)));
        Layout layout = new GroupedGridLayout().layout(top);
        assertEquals(2, layout.nodes().size());
        assertEquals(id, layout.nodesById().values().stream().filter(node -> node.children().isEmpty()).count());
        checkNested(layout.nodes());
        for (PositionedNode node : layout.nodesById().values()) {
            assertTrue(node.x() + node.width() <= layout.width() && node.y() + node.height() <= layout.height(), node.id());
        }
        assertEquals(layout, new GroupedGridLayout().layout(top), "the same input gives the same drawing");
    }

    @Test
    void aGridIsRoughlySquare() {
        List<LayoutNode> boxes = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            boxes.add(LayoutNode.box("b" + i, 120, 55));
        }
        Layout layout = new GroupedGridLayout().layout(boxes);
        assertTrue(layout.width() < 6 * 140 && layout.height() < 8 * 70, layout.width() + " x " + layout.height());
    }

    /** Children lie inside their parent, below its label band, and siblings do not overlap. */
    private static void checkNested(List<PositionedNode> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            PositionedNode a = siblings.get(i);
            for (PositionedNode child : a.children()) {
                assertTrue(child.x() >= a.x() && child.y() >= a.y() + 20 && child.x() + child.width() <= a.x() + a.width()
                        && child.y() + child.height() <= a.y() + a.height(), child.id() + " inside " + a.id());
            }
            for (int j = i + 1; j < siblings.size(); j++) {
                PositionedNode b = siblings.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertTrue(apart, a.id() + " overlaps " + b.id());
            }
            checkNested(a.children());
        }
        assertFalse(siblings.stream().anyMatch(node -> node.width() <= 0 || node.height() <= 0));
    }
}
