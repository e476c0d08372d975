package org.egovera.testing;

import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.MemberState;
import org.egovera.model.Platform;
import org.egovera.model.PlatformKind;
import org.egovera.model.PolicyDomain;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.TrustLevel;

/**
 * Small catalogues built in code, valid against every rule, for tests that need to break one rule at
 * a time or that must not depend on the shipped data.
 */
public final class TestCatalogues {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private TestCatalogues() {
    }

    /**
     * A valid catalogue: one Tax domain with a capability {@code CAP1}, a service {@code DPS1} realising
     * it and using ABB {@code ABB1} (an eGovERA ABB specialising the EIRA ABB {@code eira.DataExchange}),
     * an SBB {@code SBB1} implementing ABB1, Member State {@code BE}, actor class {@code TRADERS}
     * (untrusted) and the platforms {@code SPEED2NG}, {@code CCN2NG}, {@code CDCO}.
     */
    public static Catalogue minimal() {
        Catalogue catalogue = FACTORY.createCatalogue();
        catalogue.setId("test-catalogue");
        catalogue.setName("Test catalogue");
        catalogue.setVersion("1");
        catalogue.setBaseIri("https://example.org/egovera/");

        ArchitectureBuildingBlock eiraBlock = FACTORY.createArchitectureBuildingBlock();
        eiraBlock.setId("eira.DataExchange");
        eiraBlock.setName("Data Exchange");
        eiraBlock.setOrigin(AbbOrigin.EIRA);
        eiraBlock.setView(EiraView.TECHNICAL_APPLICATION);
        eiraBlock.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        eiraBlock.setDctType("eira:DataExchangeApplicationService");
        eiraBlock.setPersistentUri("http://data.europa.eu/dr8/DataExchangeApplicationService");
        catalogue.getEiraLibrary().add(eiraBlock);

        PolicyDomain tax = FACTORY.createPolicyDomain();
        tax.setId("tax");
        tax.setName("Tax");
        catalogue.getPolicyDomains().add(tax);

        DigitalBusinessCapability capability = FACTORY.createDigitalBusinessCapability();
        capability.setId("CAP1");
        capability.setName("Tax information exchange");
        tax.getCapabilities().add(capability);

        ArchitectureBuildingBlock block = FACTORY.createArchitectureBuildingBlock();
        block.setId("ABB1");
        block.setName("Exchange of tax information");
        block.setOrigin(AbbOrigin.EGOVERA);
        block.setStatus(AbbStatus.ACTIVE);
        block.setView(EiraView.TECHNICAL_APPLICATION);
        block.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        block.setDctType("egovera:ExchangeOfTaxInformation");
        block.setSpecialises(eiraBlock);
        tax.getBuildingBlocks().add(block);

        DigitalPublicService service = FACTORY.createDigitalPublicService();
        service.setId("DPS1");
        service.setName("Tax information exchange service");
        service.getRealises().add(capability);
        service.getUses().add(block);
        tax.getServices().add(service);

        MemberState belgium = FACTORY.createMemberState();
        belgium.setId("BE");
        belgium.setName("Belgium");
        belgium.setIsoCode("BE");
        belgium.setTrustLevel(TrustLevel.TRUSTED);
        catalogue.getActors().add(belgium);

        ActorClass traders = FACTORY.createActorClass();
        traders.setId("TRADERS");
        traders.setName("Traders");
        traders.setTrustLevel(TrustLevel.UNTRUSTED);
        catalogue.getActors().add(traders);

        Platform speed = platform("SPEED2NG", "SPEED2(ng)", PlatformKind.SPEED2NG);
        Platform ccn = platform("CCN2NG", "CCN2(ng)", PlatformKind.CCN2NG);
        Platform cdco = platform("CDCO", "CDCO", PlatformKind.CDCO);
        cdco.getReachedThrough().add(ccn);
        cdco.getReachedThrough().add(speed);
        catalogue.getPlatforms().add(speed);
        catalogue.getPlatforms().add(ccn);
        catalogue.getPlatforms().add(cdco);

        SolutionBuildingBlock solution = FACTORY.createSolutionBuildingBlock();
        solution.setId("SBB1");
        solution.setName("Central exchange hub");
        solution.setSourcing(Sourcing.CENTRAL);
        solution.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        solution.getImplements().add(block);
        solution.getUsedBy().add(belgium);
        solution.getExposedThrough().add(ccn);
        catalogue.getSolutionBuildingBlocks().add(solution);
        return catalogue;
    }

    private static Platform platform(String id, String name, PlatformKind kind) {
        Platform platform = FACTORY.createPlatform();
        platform.setId(id);
        platform.setName(name);
        platform.setKind(kind);
        return platform;
    }
}
