package org.egovera.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.egovera.model.AbbOrigin;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Platform;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;

/**
 * A catalogue of about 100,000 elements and 200,000 links for the benchmark: the shape of the
 * real catalogue (domains of capabilities, services and blocks over an EIRA library, solutions)
 * at a hundred times its size. Seeded, so every run measures the same model.
 */
final class LargeCatalogue {

    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;
    private static final ArchimateElementType[] BLOCK_TYPES = { ArchimateElementType.APPLICATION_SERVICE,
            ArchimateElementType.APPLICATION_COMPONENT, ArchimateElementType.DATA_OBJECT, ArchimateElementType.BUSINESS_OBJECT,
            ArchimateElementType.TECHNOLOGY_SERVICE, ArchimateElementType.REQUIREMENT, ArchimateElementType.CONTRACT,
            ArchimateElementType.NODE, ArchimateElementType.GROUPING };

    private LargeCatalogue() {
    }

    static Catalogue generate(int domains, int capabilitiesPerDomain, int servicesPerDomain, int blocksPerDomain,
            int libraryBlocks, int solutions) {
        Random random = new Random(42);
        Catalogue catalogue = F.createCatalogue();
        catalogue.setId("large");
        catalogue.setName("Large benchmark catalogue");
        List<ArchitectureBuildingBlock> library = new ArrayList<>();
        for (int i = 0; i < libraryBlocks; i++) {
            ArchitectureBuildingBlock block = block("eira.Block" + i, "EIRA block " + i, random);
            block.setOrigin(AbbOrigin.EIRA);
            block.setDctType("eira:Block" + i);
            block.setPersistentUri("http://data.europa.eu/dr8/Block" + i);
            catalogue.getEiraLibrary().add(block);
            library.add(block);
        }
        for (int i = 0; i < 5; i++) {
            Platform platform = F.createPlatform();
            platform.setId("PLATFORM" + i);
            platform.setName("Platform " + i);
            catalogue.getPlatforms().add(platform);
        }
        for (int i = 0; i < 50; i++) {
            ActorClass actor = F.createActorClass();
            actor.setId("ACTOR" + i);
            actor.setName("Actor class " + i);
            catalogue.getActors().add(actor);
        }
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
        for (int d = 0; d < domains; d++) {
            PolicyDomain domain = F.createPolicyDomain();
            domain.setId("D" + d);
            domain.setName("Domain " + d);
            catalogue.getPolicyDomains().add(domain);
            List<DigitalBusinessCapability> capabilities = new ArrayList<>();
            for (int i = 0; i < capabilitiesPerDomain; i++) {
                DigitalBusinessCapability capability = F.createDigitalBusinessCapability();
                capability.setId("D" + d + "BC" + i);
                capability.setName("Capability " + i + " of domain " + d);
                capability.setDescription("What the administrations of domain " + d + " must be able to do, number " + i + ".");
                capability.setPriority(i % 50 == 0);
                domain.getCapabilities().add(capability);
                capabilities.add(capability);
            }
            List<ArchitectureBuildingBlock> domainBlocks = new ArrayList<>();
            for (int i = 0; i < blocksPerDomain; i++) {
                ArchitectureBuildingBlock block = block("D" + d + "ABB" + i, "Block " + i + " of domain " + d, random);
                block.setOrigin(AbbOrigin.EGOVERA);
                block.setDctType("egovera:D" + d + "Block" + i);
                block.setArea("Area " + random.nextInt(20));
                if (i % 2 == 0) {
                    ArchitectureBuildingBlock general = library.get(random.nextInt(library.size()));
                    block.setSpecialises(general);
                    block.setArchimateType(general.getArchimateType());
                }
                domain.getBuildingBlocks().add(block);
                domainBlocks.add(block);
            }
            blocks.addAll(domainBlocks);
            for (int i = 0; i < servicesPerDomain; i++) {
                DigitalPublicService service = F.createDigitalPublicService();
                service.setId("D" + d + "DPS" + i);
                service.setName("Service " + i + " of domain " + d);
                service.getRealises().add(capabilities.get(random.nextInt(capabilities.size())));
                for (int u = 0; u < 3; u++) {
                    ArchitectureBuildingBlock block = domainBlocks.get(random.nextInt(domainBlocks.size()));
                    if (!service.getUses().contains(block)) {
                        service.getUses().add(block);
                    }
                }
                domain.getServices().add(service);
            }
        }
        for (int i = 0; i < solutions; i++) {
            SolutionBuildingBlock solution = F.createSolutionBuildingBlock();
            ArchitectureBuildingBlock block = blocks.get(random.nextInt(blocks.size()));
            solution.setId("SBB" + i);
            solution.setName("Solution " + i);
            solution.setArchimateType(block.getArchimateType());
            solution.getImplements().add(block);
            catalogue.getSolutionBuildingBlocks().add(solution);
        }
        return catalogue;
    }

    private static ArchitectureBuildingBlock block(String id, String name, Random random) {
        ArchitectureBuildingBlock block = F.createArchitectureBuildingBlock();
        block.setId(id);
        block.setName(name);
        block.setArchimateType(BLOCK_TYPES[random.nextInt(BLOCK_TYPES.length)]);
        block.setView(EiraView.VALUES.get(1 + random.nextInt(5)));
        return block;
    }
}
