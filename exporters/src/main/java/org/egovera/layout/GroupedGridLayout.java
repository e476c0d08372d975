package org.egovera.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out nested groups as a tidy grid: the boxes of a group in rows of equal cells, its
 * sub-groups packed in rows under them, each group sized to its content. Deterministic and
 * linear in the number of nodes, so it suits views of hundreds of boxes where a graph layout
 * would only tangle. Edges are not routed (views drawn this way show membership, not links).
 */
public final class GroupedGridLayout {

    private final int gap;
    private final int padding;
    private final int labelBand;
    private final int maxColumns;

    /** Archi-like spacing: 10 between boxes, a 24-high label band, at most 6 boxes a row. */
    public GroupedGridLayout() {
        this(10, 10, 24, 6);
    }

    public GroupedGridLayout(int gap, int padding, int labelBand, int maxColumns) {
        this.gap = gap;
        this.padding = padding;
        this.labelBand = labelBand;
        this.maxColumns = maxColumns;
    }

    public Layout layout(List<LayoutNode> nodes) {
        Block content = arrange(nodes, padding, padding);
        return new Layout(content.placed(), List.of(), content.width() + 2 * padding, content.height() + 2 * padding);
    }

    private record Block(List<PositionedNode> placed, int width, int height) {
    }

    /** Places {@code nodes} with their top left at (x, y): boxes in a grid first, then groups in rows. */
    private Block arrange(List<LayoutNode> nodes, int x, int y) {
        List<LayoutNode> boxes = nodes.stream().filter(node -> !node.isGroup()).toList();
        List<LayoutNode> groups = nodes.stream().filter(LayoutNode::isGroup).toList();
        List<PositionedNode> placed = new ArrayList<>();
        int width = 0;
        int height = 0;
        if (!boxes.isEmpty()) {
            int cellWidth = boxes.stream().mapToInt(LayoutNode::width).max().orElse(0);
            int cellHeight = boxes.stream().mapToInt(LayoutNode::height).max().orElse(0);
            int columns = Math.max(1, Math.min(maxColumns, (int) Math.ceil(Math.sqrt(boxes.size() * 1.5))));
            int rows = (boxes.size() + columns - 1) / columns;
            for (int i = 0; i < boxes.size(); i++) {
                LayoutNode box = boxes.get(i);
                int bx = x + (i % columns) * (cellWidth + gap);
                int by = y + (i / columns) * (cellHeight + gap);
                placed.add(new PositionedNode(box.id(), box.label(), bx, by, box.width(), box.height(), List.of()));
            }
            width = Math.min(columns, boxes.size()) * (cellWidth + gap) - gap;
            height = rows * (cellHeight + gap) - gap;
        }
        if (!groups.isEmpty()) {
            List<Block> measured = new ArrayList<>();
            for (LayoutNode group : groups) {
                measured.add(arrange(group.children(), 0, 0));
            }
            int rowLimit = Math.max(width, rowWidth(measured));
            int cursorX = x;
            int cursorY = y + (height > 0 ? height + gap : 0);
            int rowHeight = 0;
            for (int i = 0; i < groups.size(); i++) {
                Block inner = measured.get(i);
                int groupWidth = inner.width() + 2 * padding;
                int groupHeight = inner.height() + 2 * padding + labelBand;
                if (cursorX > x && cursorX - x + groupWidth > rowLimit) {
                    cursorX = x;
                    cursorY += rowHeight + gap;
                    rowHeight = 0;
                }
                LayoutNode group = groups.get(i);
                Block shifted = arrange(group.children(), cursorX + padding, cursorY + padding + labelBand);
                placed.add(new PositionedNode(group.id(), group.label(), cursorX, cursorY, groupWidth, groupHeight,
                        shifted.placed()));
                width = Math.max(width, cursorX - x + groupWidth);
                height = Math.max(height, cursorY - y + groupHeight);
                cursorX += groupWidth + gap;
                rowHeight = Math.max(rowHeight, groupHeight);
            }
        }
        return new Block(placed, width, height);
    }

    /** A row width that makes the packed groups roughly as wide as they are high, never narrower than the widest. */
    private int rowWidth(List<Block> blocks) {
        long area = 0;
        int widest = 0;
        for (Block block : blocks) {
            int w = block.width() + 2 * padding;
            int h = block.height() + 2 * padding + labelBand;
            area += (long) (w + gap) * (h + gap);
            widest = Math.max(widest, w);
        }
        return Math.max(widest, (int) Math.sqrt(area * 1.6));
    }
}
