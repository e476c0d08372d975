package org.egovera.report;

import java.util.ArrayList;
import java.util.List;

import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.PolicyDomain;

/** Builds the home page: the figures, the priority capabilities and the five views, in bounded size. */
final class HomePageBuilder {

    /** Priority capabilities the home page names before it links to their list. */
    static final int PRIORITY_SHOWN = 50;

    private HomePageBuilder() {
    }

    static HomePage build(SiteContext context, CatalogueLists lists, List<NavItem> analyses) {
        Catalogue catalogue = context.catalogue();
        List<HomePage.DomainRow> domains = new ArrayList<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            int priority = (int) domain.getCapabilities().stream().filter(DigitalBusinessCapability::isPriority).count();
            domains.add(new HomePage.DomainRow(context.link(domain, "", null), domain.getCapabilities().size(), priority,
                    domain.getServices().size(), domain.getBuildingBlocks().size()));
        }
        List<HomePage.KindCount> kinds = new ArrayList<>();
        lists.byKind().forEach((kind, elements) -> {
            if (!elements.isEmpty()) {
                kinds.add(new HomePage.KindCount(kind.listPath(1), kind.plural(), elements.size()));
            }
        });
        List<DigitalBusinessCapability> priority = lists.priority();
        List<Link> shown = priority.stream().limit(PRIORITY_SHOWN)
                .map(capability -> context.link(capability, "",
                        capability.getDomain() == null ? null : capability.getDomain().getName()))
                .toList();
        List<HomePage.ViewCard> views = EiraViews.all().stream()
                .map(view -> new HomePage.ViewCard(view.path(1), view.slug(), view.view().getLiteral(),
                        lists.viewSize(view.view()), view.about()))
                .toList();
        return new HomePage(ElementPageBuilder.displayName(catalogue), catalogue.getVersion(),
                catalogue.getDescription(), domains, kinds, catalogue.getEiraLibrary().size(), shown, priority.size(),
                priority.size() > PRIORITY_SHOWN ? ListPages.path(CatalogueLists.PRIORITY, 1) : null, views,
                context.validation().errorCount(), context.validation().warningCount(),
                ListPages.path(CatalogueLists.FINDINGS, 1), catalogue.getDataGaps().size(),
                ListPages.path(CatalogueLists.GAPS, 1), analyses);
    }
}
