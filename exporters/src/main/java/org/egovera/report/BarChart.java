package org.egovera.report;

import java.util.List;

/** A horizontal bar chart as inline SVG: one labelled bar per value, each label a link where it has one. */
final class BarChart {

    /** One bar: its label, the page the label links to (or null), its value. */
    record Bar(String label, String href, int value) {
    }

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 420;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int height = bars.size() * ROW + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-label=\"").append(SvgDiagram.escape(title)).append("\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * ROW;
            int length = Math.max(1, bar.value() * BAR_WIDTH / max);
            String label = bar.label().length() > 40 ? bar.label().substring(0, 39) + "\u2026" : bar.label();
            if (bar.href() != null) {
                svg.append("<a href=\"").append(SvgDiagram.escape(bar.href())).append("\">");
            }
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(SvgDiagram.escape(label)).append("</text>");
            if (bar.href() != null) {
                svg.append("</a>");
            }
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(length).append("\" height=\"").append(ROW - 6).append("\"><title>")
                    .append(SvgDiagram.escape(bar.label())).append(": ").append(bar.value()).append("</title></rect>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(bar.value()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
