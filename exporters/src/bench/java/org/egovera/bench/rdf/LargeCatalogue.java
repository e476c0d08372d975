package org.egovera.bench.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.MemberState;
import org.egovera.model.Organisation;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.Task;

/**
 * A catalogue shaped like the real one, scaled up: per policy domain 60 capabilities, 240 services
 * (each realising 2 capabilities and using 8 blocks), 600 blocks specialising EIRA blocks, 2,000
 * solutions used by Member States, 150 processes of 20 tasks. Seeded, so every run measures the same
 * model. (egovera generate, when it lands, will make such catalogues; until then the benchmark builds its own.)
 */
final class LargeCatalogue {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;
    private static final EiraView[] VIEWS = { EiraView.LEGAL, EiraView.ORGANISATIONAL, EiraView.SEMANTIC,
            EiraView.TECHNICAL_APPLICATION, EiraView.TECHNICAL_INFRASTRUCTURE };
    private static final String[] ISO = { "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK" };

    private LargeCatalogue() {
    }

    static Catalogue build(int domains) {
        Random random = new Random(20_260_101L);
        Catalogue catalogue = FACTORY.createCatalogue();
        catalogue.setId("large");
        catalogue.setName("Large generated catalogue");
        catalogue.setBaseIri("https://bench.example/egovera/");
        Organisation administration = FACTORY.createOrganisation();
        administration.setId("NTA");
        administration.setName("National tax administration");
        administration.setGeneric(true);
        catalogue.getActors().add(administration);
        List<MemberState> states = new ArrayList<>();
        for (String code : ISO) {
            MemberState state = FACTORY.createMemberState();
            state.setId(code);
            state.setIsoCode(code);
            state.setName("Member State " + code);
            catalogue.getActors().add(state);
            states.add(state);
        }
        List<ArchitectureBuildingBlock> eira = new ArrayList<>();
        for (int i = 1; i <= 355; i++) {
            ArchitectureBuildingBlock block = block("eira.Block" + i, "EIRA block " + i, VIEWS[i % 5]);
            block.setOrigin(AbbOrigin.EIRA);
            block.setPersistentUri("http://data.europa.eu/dr8/Block" + i + "ApplicationService");
            block.setDctType("eira:Block" + i + "ApplicationService");
            catalogue.getEiraLibrary().add(block);
            eira.add(block);
        }
        List<DigitalPublicService> allServices = new ArrayList<>();
        List<ArchitectureBuildingBlock> allBlocks = new ArrayList<>();
        for (int d = 1; d <= domains; d++) {
            PolicyDomain domain = FACTORY.createPolicyDomain();
            domain.setId("D" + d);
            domain.setName(d == 1 ? "Tax" : d == 2 ? "Health" : "Domain " + d);
            catalogue.getPolicyDomains().add(domain);
            List<DigitalBusinessCapability> capabilities = new ArrayList<>();
            for (int c = 1; c <= 60; c++) {
                DigitalBusinessCapability capability = FACTORY.createDigitalBusinessCapability();
                capability.setId("D" + d + "BC" + c);
                capability.setName("Capability " + c + " of domain " + d);
                capability.setDescription("What a tax administration must be able to do digitally, number " + c + ".");
                capability.setPriority(c % 10 == 0);
                if (c > 10) {
                    capability.setBroader(capabilities.get(c % 10));
                }
                domain.getCapabilities().add(capability);
                capabilities.add(capability);
            }
            List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
            for (int b = 1; b <= 600; b++) {
                ArchitectureBuildingBlock block = block("D" + d + "ABB" + b, "Building block " + b + " of domain " + d, VIEWS[b % 5]);
                block.setOrigin(AbbOrigin.EGOVERA);
                block.setDctType("egovera:Block" + d + "x" + b);
                block.setArea("Area " + (b % 22));
                block.setSpecialises(eira.get(random.nextInt(eira.size())));
                domain.getBuildingBlocks().add(block);
                blocks.add(block);
            }
            for (int s = 1; s <= 240; s++) {
                DigitalPublicService service = FACTORY.createDigitalPublicService();
                service.setId("D" + d + "DPS" + s);
                service.setName("Digital public service " + s + " of domain " + d);
                service.setDescription("A service delivered digitally to businesses and administrations, number " + s + ".");
                service.getRealises().add(capabilities.get(random.nextInt(capabilities.size())));
                service.getRealises().add(capabilities.get(random.nextInt(capabilities.size())));
                for (int u = 0; u < 8; u++) {
                    service.getUses().add(blocks.get(random.nextInt(blocks.size())));
                }
                domain.getServices().add(service);
                allServices.add(service);
            }
            allBlocks.addAll(blocks);
        }
        for (int i = 1; i <= 2_000 * domains / 2; i++) {
            SolutionBuildingBlock solution = FACTORY.createSolutionBuildingBlock();
            solution.setId("SBB" + i);
            solution.setName("Solution " + i);
            solution.setSourcing(Sourcing.values()[i % Sourcing.values().length]);
            solution.setArchimateType(ArchimateElementType.APPLICATION_COMPONENT);
            for (int k = 0; k < 3; k++) {
                solution.getImplements().add(allBlocks.get(random.nextInt(allBlocks.size())));
            }
            int users = 1 + random.nextInt(5);
            for (int k = 0; k < users; k++) {
                solution.getUsedBy().add(states.get(random.nextInt(states.size())));
            }
            catalogue.getSolutionBuildingBlocks().add(solution);
        }
        for (int p = 1; p <= 75 * domains; p++) {
            BusinessProcess process = FACTORY.createBusinessProcess();
            process.setId("P" + p);
            process.setName("Process " + p);
            for (int t = 1; t <= 20; t++) {
                Task task = FACTORY.createTask();
                task.setId("P" + p + "T" + t);
                task.setName("Task " + t + " of process " + p);
                if (t % 4 != 0) {
                    task.getSupportingServices().add(allServices.get(random.nextInt(allServices.size())));
                }
                process.getTasks().add(task);
            }
            catalogue.getProcesses().add(process);
        }
        return catalogue;
    }

    private static ArchitectureBuildingBlock block(String id, String name, EiraView view) {
        ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
        block.setId(id);
        block.setName(name);
        block.setDescription("An abstract, reusable component of the architecture: " + name + ".");
        block.setView(view);
        block.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        return block;
    }
}
