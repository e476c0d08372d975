package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.List;

import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * The order elements are written in: each policy domain with its capabilities, services and
 * building blocks; the EIRA library; actors, platforms, circles of trust; solutions; processes
 * with their tasks and sub-processes; other elements. The same catalogue always gives the same
 * file.
 */
final class ElementOrder {

    private ElementOrder() {
    }

    static List<Element> of(Catalogue catalogue) {
        List<Element> order = new ArrayList<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            order.add(domain);
            order.addAll(domain.getCapabilities());
            order.addAll(domain.getServices());
            order.addAll(domain.getBuildingBlocks());
        }
        order.addAll(catalogue.getEiraLibrary());
        order.addAll(catalogue.getActors());
        order.addAll(catalogue.getPlatforms());
        order.addAll(catalogue.getCirclesOfTrust());
        order.addAll(catalogue.getSolutionBuildingBlocks());
        for (BusinessProcess process : catalogue.getProcesses()) {
            addProcess(process, order);
        }
        order.addAll(catalogue.getOtherElements());
        return order;
    }

    private static void addProcess(BusinessProcess process, List<Element> order) {
        order.add(process);
        order.addAll(process.getTasks());
        for (BusinessProcess subProcess : process.getSubProcesses()) {
            addProcess(subProcess, order);
        }
    }
}
