package org.egovera.design.services;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EiraView;

/**
 * Services of the service architecture diagram: one digital public service with its building blocks laid
 * out in the five EIRA views.
 */
public class ServiceArchitectureServices {

    /** The title of a new service architecture diagram. */
    public String serviceArchitectureTitle(DigitalPublicService service) {
        return "Architecture of " + Names.of(service);
    }

    /** The blocks the service uses that belong to the EIRA view named by its literal ({@code 'Legal view'}...). */
    public List<ArchitectureBuildingBlock> blocksInView(DigitalPublicService service, String viewLiteral) {
        EiraView view = Literals.eiraView(viewLiteral);
        return Ordering.distinctSorted(service.getUses().stream().filter(block -> block.getView() == view), Ordering.BY_NAME);
    }

    /** True when some block the service uses has no EIRA view: only then is the "No EIRA view" container drawn. */
    public boolean hasBlocksWithoutView(DigitalPublicService service) {
        return !blocksWithoutView(service).isEmpty();
    }

    /** The blocks the service uses that have no EIRA view yet (a validation error, shown apart). */
    public List<ArchitectureBuildingBlock> blocksWithoutView(DigitalPublicService service) {
        return Ordering.distinctSorted(service.getUses().stream()
                .filter(block -> block.getView() == null || block.getView() == EiraView.UNSPECIFIED), Ordering.BY_NAME);
    }

    /** Every block of the catalogue the service does not use yet: the choices of "Use an existing block". */
    public List<ArchitectureBuildingBlock> blocksAvailableTo(DigitalPublicService service) {
        Catalogue catalogue = Catalogues.of(service);
        Stream<ArchitectureBuildingBlock> all = Stream.concat(
                catalogue.getPolicyDomains().stream().flatMap(domain -> domain.getBuildingBlocks().stream()),
                catalogue.getEiraLibrary().stream());
        return Ordering.distinctSorted(all.filter(block -> !service.getUses().contains(block)), Ordering.BY_VIEW_THEN_NAME);
    }

    /** True for the elements "Use an existing building block" may be applied to: the service and its view containers. */
    public boolean acceptsBlocks(EObject clicked) {
        return clicked instanceof DigitalPublicService;
    }

    /**
     * Removes a block from the service its container view shows, leaving the block in the catalogue:
     * blocks are shared, so deleting one from a service's diagram only ends that use.
     */
    public DigitalPublicService detachFromService(ArchitectureBuildingBlock block, EObject containerView) {
        EObject shown = SiriusViews.semanticElement(containerView);
        if (!(shown instanceof DigitalPublicService service)) {
            throw new IllegalArgumentException("the block's container shows a " + (shown == null ? "nothing" : shown.eClass().getName())
                    + ", not a digital public service");
        }
        service.getUses().remove(block);
        return service;
    }
}
