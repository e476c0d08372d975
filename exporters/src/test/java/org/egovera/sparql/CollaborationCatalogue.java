package org.egovera.sparql;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.MemberState;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.Task;
import org.egovera.testing.TestCatalogues;

/**
 * The minimal catalogue grown into what the canned queries ask about: blocks shared by several services
 * across two domains, a capability no service realises, processes with mapped and unmapped tasks, and
 * solutions used by one or several Member States.
 */
final class CollaborationCatalogue {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private CollaborationCatalogue() {
    }

    static Catalogue build() {
        Catalogue catalogue = TestCatalogues.minimal();
        PolicyDomain tax = catalogue.getPolicyDomains().get(0);
        DigitalBusinessCapability cap1 = tax.getCapabilities().get(0);
        DigitalPublicService dps1 = tax.getServices().get(0);
        ArchitectureBuildingBlock abb1 = tax.getBuildingBlocks().get(0);

        DigitalBusinessCapability cap2 = capability(tax, "CAP2", "Risk analysis");
        capability(tax, "CAP3", "Taxpayer education").setPriority(true);
        ArchitectureBuildingBlock abb2 = block(tax, "ABB2", "Risk engine");
        ArchitectureBuildingBlock abb3 = block(tax, "ABB3", "Case handling");
        ArchitectureBuildingBlock abb4 = block(tax, "ABB4", "Risk rules repository");
        abb4.setSpecialises(abb1);
        ArchitectureBuildingBlock abb5 = block(tax, "ABB5", "Audit trail");
        abb5.getDependsOn().add(abb1);
        ArchitectureBuildingBlock abb6 = block(tax, "ABB6", "Exchange of tax information, second generation");
        abb1.getSuccessors().add(abb6);
        DigitalPublicService dps2 = service(tax, "DPS2", "Import risk analysis", cap2, abb1, abb2);
        DigitalPublicService dps3 = service(tax, "DPS3", "Export risk analysis", cap2, abb1, abb2, abb3);

        PolicyDomain agnostic = FACTORY.createPolicyDomain();
        agnostic.setId("ba");
        agnostic.setName("Business Agnostic");
        catalogue.getPolicyDomains().add(agnostic);
        DigitalBusinessCapability cap4 = capability(agnostic, "CAP4", "Electronic identification");
        DigitalPublicService dps4 = service(agnostic, "DPS4", "Identification service", cap4, abb1);

        MemberState belgium = (MemberState) catalogue.getActors().get(0);
        MemberState france = memberState(catalogue, "FR", "France");
        MemberState germany = memberState(catalogue, "DE", "Germany");
        solution(catalogue, "SBB2", "Shared risk platform", Sourcing.SHARED, abb1, abb2).getUsedBy().addAll(java.util.List.of(belgium, france, germany));
        solution(catalogue, "SBB3", "National case system", Sourcing.NATIONAL, abb2).getUsedBy().add(france);

        BusinessProcess clearance = process(catalogue, "P1", "Import clearance");
        task(clearance, "T1", "Lodge declaration").getSupportingServices().add(dps1);
        task(clearance, "T2", "Assess risk").getSupportingBuildingBlocks().add(abb3);
        task(clearance, "T3", "Release goods");
        BusinessProcess export = process(catalogue, "P2", "Export");
        task(export, "T4", "Screen exporter").getSupportingServices().addAll(java.util.List.of(dps3, dps4));
        dps2.getConsumers().add(catalogue.getActors().get(1));
        return catalogue;
    }

    private static DigitalBusinessCapability capability(PolicyDomain domain, String id, String name) {
        DigitalBusinessCapability capability = FACTORY.createDigitalBusinessCapability();
        capability.setId(id);
        capability.setName(name);
        domain.getCapabilities().add(capability);
        return capability;
    }

    private static ArchitectureBuildingBlock block(PolicyDomain domain, String id, String name) {
        ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
        block.setId(id);
        block.setName(name);
        domain.getBuildingBlocks().add(block);
        return block;
    }

    private static DigitalPublicService service(PolicyDomain domain, String id, String name, DigitalBusinessCapability capability,
            ArchitectureBuildingBlock... blocks) {
        DigitalPublicService service = FACTORY.createDigitalPublicService();
        service.setId(id);
        service.setName(name);
        service.getRealises().add(capability);
        service.getUses().addAll(java.util.List.of(blocks));
        domain.getServices().add(service);
        return service;
    }

    private static MemberState memberState(Catalogue catalogue, String code, String name) {
        MemberState state = FACTORY.createMemberState();
        state.setId(code);
        state.setIsoCode(code);
        state.setName(name);
        catalogue.getActors().add(state);
        return state;
    }

    private static SolutionBuildingBlock solution(Catalogue catalogue, String id, String name, Sourcing sourcing,
            ArchitectureBuildingBlock... blocks) {
        SolutionBuildingBlock solution = FACTORY.createSolutionBuildingBlock();
        solution.setId(id);
        solution.setName(name);
        solution.setSourcing(sourcing);
        solution.getImplements().addAll(java.util.List.of(blocks));
        catalogue.getSolutionBuildingBlocks().add(solution);
        return solution;
    }

    private static BusinessProcess process(Catalogue catalogue, String id, String name) {
        BusinessProcess process = FACTORY.createBusinessProcess();
        process.setId(id);
        process.setName(name);
        catalogue.getProcesses().add(process);
        return process;
    }

    private static Task task(BusinessProcess process, String id, String name) {
        Task task = FACTORY.createTask();
        task.setId(id);
        task.setName(name);
        process.getTasks().add(task);
        return task;
    }
}
