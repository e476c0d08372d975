package org.egovera.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.io.archimate.ArchimateNames;
import org.egovera.io.archimate.ArchimateTypeMapper;
import org.egovera.io.archimate.ExchangeElement;
import org.egovera.io.archimate.ExchangeModel;
import org.egovera.io.archimate.ExchangeNode;
import org.egovera.io.archimate.ExchangeView;
import org.egovera.io.archimate.ExportOptions;
import org.egovera.io.archimate.LangText;
import org.egovera.io.archimate.ViewSelection;
import org.egovera.layout.Layout;
import org.egovera.layout.PositionedNode;
import org.egovera.model.EiraView;
import org.egovera.model.Element;
import org.egovera.model.io.Progress;

/**
 * The diagrams of the five EIRA views, exactly as the ArchiMate export lays them out: the export is
 * asked for its EIRA views only, and each node is traced back to its catalogue element through the
 * {@code egovera:id} property the export writes on every element.
 */
final class EiraViewDiagrams {

    /**
     * Blocks above which a view is left to its list: past this the drawing is too dense to read and
     * too heavy for the page.
     */
    static final int MAX_BLOCKS = 1500;

    /**
     * No diagrams: for a catalogue whose views are all empty or too large, which spares it the
     * export's model (as long to build as the export itself).
     */
    static final EiraViewDiagrams NONE = new EiraViewDiagrams();

    private final Map<EiraView, String> figures = new HashMap<>();

    private EiraViewDiagrams() {
    }

    EiraViewDiagrams(SiteContext context) {
        ExchangeModel model = new ArchimateExporter(new ExportOptions(ViewSelection.EIRA, null), Progress.NONE)
                .toExchange(context.catalogue());
        Map<String, Element> byExchangeId = new HashMap<>();
        for (ExchangeElement element : model.elements()) {
            String id = element.value(ArchimateNames.EGOVERA_ID);
            Element catalogueElement = id == null ? null : context.elementById(id);
            if (catalogueElement != null) {
                byExchangeId.put(element.identifier(), catalogueElement);
            }
        }
        for (ExchangeView view : model.views()) {
            EiraView eiraView = EiraView.get(view.name());
            if (eiraView == null || eiraView == EiraView.UNSPECIFIED || view.elementRefs().isEmpty()
                    || view.elementRefs().size() > MAX_BLOCKS) {
                continue;
            }
            Map<String, SvgDiagram.Node> nodes = new HashMap<>();
            List<PositionedNode> positioned = new ArrayList<>();
            for (ExchangeNode node : view.nodes()) {
                positioned.add(positioned(node, byExchangeId, context, nodes));
            }
            int width = 0;
            int height = 0;
            for (PositionedNode node : positioned) {
                width = Math.max(width, node.x() + node.width());
                height = Math.max(height, node.y() + node.height());
            }
            Layout layout = new Layout(positioned, List.of(), width + 10, height + 10);
            String caption = "The " + view.elementRefs().size() + " building blocks of the " + eiraView.getLiteral()
                    + ", grouped by policy domain and area as in the ArchiMate export";
            figures.put(eiraView, SvgDiagram.figure("view", caption, layout, nodes, Map.of()));
        }
    }

    /** The figure for a view's first page, or null when the view is empty or too large to draw. */
    String figureOf(EiraView view) {
        return figures.get(view);
    }

    private static PositionedNode positioned(ExchangeNode node, Map<String, Element> byExchangeId,
            SiteContext context, Map<String, SvgDiagram.Node> nodes) {
        List<PositionedNode> children = new ArrayList<>();
        for (ExchangeNode child : node.nodes()) {
            children.add(positioned(child, byExchangeId, context, nodes));
        }
        Element element = node.elementRef() == null ? null : byExchangeId.get(node.elementRef());
        String label = LangText.firstText(node.labels());
        if (element != null) {
            String path = context.paths().pathOf(element);
            // list pages sit one folder down (view/), like element pages
            nodes.put(node.identifier(), new SvgDiagram.Node(ElementPageBuilder.displayName(element),
                    path == null ? null : "../" + path, ArchimateTypeMapper.typeOf(element), false));
            label = ElementPageBuilder.displayName(element);
        }
        return new PositionedNode(node.identifier(), label == null ? "" : label, node.x(), node.y(), node.width(),
                node.height(), children);
    }
}
