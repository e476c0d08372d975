package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.Folder;
import org.egovera.model.Relationship;
import org.egovera.model.View;
import org.egovera.model.ViewConcept;
import org.egovera.model.ViewConnection;
import org.egovera.model.ViewNode;
import org.egovera.model.ViewNodeKind;
import org.egovera.model.ViewPoint;
import org.egovera.model.ViewStyle;

/**
 * Keeps an imported model's views and folders in the catalogue. Views and folders the exporter
 * derived (known by their identifiers) are skipped, since an export draws them anew; folders
 * nested in a derived folder move up to the nearest kept one.
 */
final class PresentationImport {

    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;

    private final Catalogue catalogue;
    private final Map<String, Element> byIdentifier;
    private final ImportPlan plan;
    private final ImportReport.Builder report;
    private final String lang;

    PresentationImport(Catalogue catalogue, Map<String, Element> byIdentifier, ImportPlan plan, ImportReport.Builder report,
            String lang) {
        this.catalogue = catalogue;
        this.byIdentifier = byIdentifier;
        this.plan = plan;
        this.report = report;
        this.lang = lang;
    }

    void read(ExchangeModel model) {
        Map<ViewNode, ExchangeNode> links = new HashMap<>();
        for (ExchangeView exchange : model.views()) {
            if (!plan.derivedViews.contains(exchange.identifier())) {
                view(exchange, links);
            }
        }
        links.forEach((node, exchange) -> {
            for (String ref : exchange.viewRefs()) {
                if (byIdentifier.get(ref) instanceof View target) {
                    node.getViewRefs().add(target);
                } else {
                    report.warn("node '" + exchange.identifier() + "' links to the derived view '" + ref + "': link dropped");
                }
            }
        });
        for (OrganizationItem item : model.organizations()) {
            item(item, catalogue.getFolders(), null);
        }
    }

    private void view(ExchangeView exchange, Map<ViewNode, ExchangeNode> links) {
        View view = F.createView();
        view.setId(CatalogueImport.idOf(exchange.identifier(), exchange.properties()));
        ExchangeTexts.readNames(view, exchange.names(), lang);
        view.setDescription(ExchangeTexts.firstText(exchange.documentation()));
        view.setViewpoint(exchange.viewpoint());
        PropertyCodec.read(view, exchange.properties());
        Map<String, ViewConcept> concepts = new HashMap<>();
        for (ExchangeNode node : exchange.nodes()) {
            view.getNodes().add(node(node, concepts, links));
        }
        List<ExchangeConnection> pending = new ArrayList<>(exchange.connections());
        for (ExchangeConnection connection : pending) {
            ViewConnection created = connection(connection);
            concepts.put(connection.identifier(), created);
            view.getConnections().add(created);
        }
        for (int i = 0; i < pending.size(); i++) {
            view.getConnections().get(i).setSource(concepts.get(pending.get(i).source()));
            view.getConnections().get(i).setTarget(concepts.get(pending.get(i).target()));
        }
        catalogue.getViews().add(view);
        byIdentifier.put(exchange.identifier(), view);
        report.views++;
    }

    private ViewNode node(ExchangeNode exchange, Map<String, ViewConcept> concepts, Map<ViewNode, ExchangeNode> links) {
        ViewNode node = F.createViewNode();
        node.setId(exchange.identifier());
        ViewNodeKind kind = ViewNodeKind.get(exchange.type());
        node.setKind(kind == null ? ViewNodeKind.CONTAINER : kind);
        node.setElement(exchange.elementRef() == null ? null : byIdentifier.get(exchange.elementRef()));
        node.setLabel(ExchangeTexts.firstText(exchange.labels()));
        node.setDescription(ExchangeTexts.firstText(exchange.documentation()));
        node.setX(exchange.x());
        node.setY(exchange.y());
        node.setWidth(exchange.width());
        node.setHeight(exchange.height());
        node.setStyle(style(exchange.style()));
        for (ExchangeNode child : exchange.nodes()) {
            node.getNodes().add(node(child, concepts, links));
        }
        if (!exchange.viewRefs().isEmpty()) {
            links.put(node, exchange);
        }
        concepts.put(exchange.identifier(), node);
        return node;
    }

    private ViewConnection connection(ExchangeConnection exchange) {
        ViewConnection connection = F.createViewConnection();
        connection.setId(exchange.identifier());
        if (exchange.relationshipRef() != null) {
            connection.setRelationship((Relationship) byIdentifier.get(exchange.relationshipRef()));
        }
        connection.setLabel(ExchangeTexts.firstText(exchange.labels()));
        connection.setDescription(ExchangeTexts.firstText(exchange.documentation()));
        connection.setStyle(style(exchange.style()));
        connection.setSourceAttachment(point(exchange.sourceAttachment()));
        for (ExchangePoint bendpoint : exchange.bendpoints()) {
            connection.getBendpoints().add(point(bendpoint));
        }
        connection.setTargetAttachment(point(exchange.targetAttachment()));
        return connection;
    }

    /** A folder item: kept folders become folders, items of kept folders their contents; derived folders vanish. */
    private void item(OrganizationItem item, List<Folder> siblings, Folder current) {
        if (!item.isFolder()) {
            Element element = byIdentifier.get(item.identifierRef());
            if (current != null && element != null) {
                current.getItems().add(element);
            }
            return;
        }
        boolean derived = item.identifier() != null && item.identifier().startsWith(ArchimateNames.DERIVED_FOLDER_PREFIX);
        if (derived) {
            for (OrganizationItem child : item.items()) {
                item(child, siblings, null);
            }
            return;
        }
        Folder folder = F.createFolder();
        folder.setId(item.identifier());
        folder.setName(item.label());
        folder.setDescription(ExchangeTexts.firstText(item.documentation()));
        siblings.add(folder);
        report.folders++;
        for (OrganizationItem child : item.items()) {
            item(child, folder.getFolders(), folder);
        }
    }

    private static ViewPoint point(ExchangePoint exchange) {
        if (exchange == null) {
            return null;
        }
        ViewPoint point = F.createViewPoint();
        point.setX(exchange.x());
        point.setY(exchange.y());
        return point;
    }

    private static ViewStyle style(ExchangeStyle exchange) {
        if (exchange == null) {
            return null;
        }
        ViewStyle style = F.createViewStyle();
        style.setFillColor(exchange.fillColor());
        style.setLineColor(exchange.lineColor());
        style.setLineWidth(exchange.lineWidth());
        style.setFontName(exchange.fontName());
        style.setFontSize(exchange.fontSize());
        style.setFontStyle(exchange.fontStyle());
        style.setFontColor(exchange.fontColor());
        return style;
    }
}
