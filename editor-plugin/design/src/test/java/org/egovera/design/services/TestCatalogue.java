package org.egovera.design.services;

import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ActorClass;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.CircleOfTrust;
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
import org.egovera.model.Task;
import org.egovera.model.TrustLevel;

/**
 * A small catalogue with every shape the services must handle: a capability hierarchy with a priority and
 * an unrealised capability, services using blocks of several views (one obsolete, one without a view, one
 * from the EIRA library), solutions of different sourcing on platforms, Member States and circles of
 * trust, and a process whose sub-process has tasks, some mapped and some not.
 */
final class TestCatalogue {

    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;

    final Catalogue catalogue = F.createCatalogue();
    final PolicyDomain tax = F.createPolicyDomain();
    final PolicyDomain customs = F.createPolicyDomain();
    final DigitalBusinessCapability taxpayerManagement = F.createDigitalBusinessCapability();
    final DigitalBusinessCapability registration = F.createDigitalBusinessCapability();
    final DigitalBusinessCapability assessment = F.createDigitalBusinessCapability();
    final DigitalBusinessCapability audit = F.createDigitalBusinessCapability();
    final DigitalBusinessCapability customsControl = F.createDigitalBusinessCapability();
    final DigitalPublicService registerTaxpayer = F.createDigitalPublicService();
    final DigitalPublicService fileReturn = F.createDigitalPublicService();
    final ArchitectureBuildingBlock legalAct = F.createArchitectureBuildingBlock();
    final ArchitectureBuildingBlock taxpayerRegistry = F.createArchitectureBuildingBlock();
    final ArchitectureBuildingBlock riskAnalysis = F.createArchitectureBuildingBlock();
    final ArchitectureBuildingBlock legacyGateway = F.createArchitectureBuildingBlock();
    final ArchitectureBuildingBlock unclassified = F.createArchitectureBuildingBlock();
    final ArchitectureBuildingBlock eiraDataPolicy = F.createArchitectureBuildingBlock();
    final SolutionBuildingBlock centralRegistry = F.createSolutionBuildingBlock();
    final SolutionBuildingBlock nationalPortal = F.createSolutionBuildingBlock();
    final Platform ccn2 = F.createPlatform();
    final Platform speed2 = F.createPlatform();
    final MemberState belgium = F.createMemberState();
    final MemberState austria = F.createMemberState();
    final ActorClass traders = F.createActorClass();
    final CircleOfTrust administrations = F.createCircleOfTrust();
    final CircleOfTrust publicAccess = F.createCircleOfTrust();
    final BusinessProcess registrationProcess = F.createBusinessProcess();
    final BusinessProcess verification = F.createBusinessProcess();
    final Task receiveApplication = F.createTask();
    final Task recordTaxpayer = F.createTask();
    final Task checkIdentity = F.createTask();
    final Task archiveFile = F.createTask();

    TestCatalogue() {
        name(catalogue, "cat", "Test catalogue");
        name(tax, "tax", "Taxation");
        name(customs, "customs", "Customs");
        catalogue.getPolicyDomains().add(tax);
        catalogue.getPolicyDomains().add(customs);

        for (DigitalBusinessCapability capability : new DigitalBusinessCapability[] { taxpayerManagement, registration, assessment, audit }) {
            tax.getCapabilities().add(capability);
        }
        name(taxpayerManagement, "dbc-1", "Taxpayer management");
        name(registration, "dbc-2", "Registration");
        name(assessment, "dbc-3", "Assessment");
        name(audit, "dbc-4", "Audit");
        registration.setBroader(taxpayerManagement);
        registration.setPriority(true);
        customs.getCapabilities().add(customsControl);
        name(customsControl, "dbc-5", "Customs control");
        customsControl.setBroader(audit); // a hierarchy crossing domains: a root in its own domain

        tax.getServices().add(registerTaxpayer);
        tax.getServices().add(fileReturn);
        name(registerTaxpayer, "dps-1", "Register a taxpayer");
        name(fileReturn, "dps-2", "File a tax return");
        registerTaxpayer.getRealises().add(registration);
        fileReturn.getRealises().add(assessment);
        fileReturn.getRealises().add(registration);

        block(legalAct, "abb-1", "Tax legislation", EiraView.LEGAL, ArchimateElementType.CONTRACT, AbbOrigin.EIRA);
        block(taxpayerRegistry, "abb-2", "Taxpayer registry", EiraView.TECHNICAL_APPLICATION, ArchimateElementType.APPLICATION_COMPONENT, AbbOrigin.EGOVERA);
        block(riskAnalysis, "abb-3", "Risk analysis", EiraView.TECHNICAL_APPLICATION, ArchimateElementType.APPLICATION_SERVICE, AbbOrigin.EGOVERA);
        block(legacyGateway, "abb-4", "Legacy gateway", EiraView.TECHNICAL_INFRASTRUCTURE, ArchimateElementType.NODE, AbbOrigin.EGOVERA);
        block(unclassified, "abb-5", "Unclassified block", EiraView.UNSPECIFIED, ArchimateElementType.UNSPECIFIED, AbbOrigin.EGOVERA);
        legacyGateway.setStatus(AbbStatus.OBSOLETE);
        tax.getBuildingBlocks().add(legalAct);
        tax.getBuildingBlocks().add(taxpayerRegistry);
        tax.getBuildingBlocks().add(riskAnalysis);
        tax.getBuildingBlocks().add(legacyGateway);
        tax.getBuildingBlocks().add(unclassified);
        block(eiraDataPolicy, "abb-6", "Data policy", EiraView.SEMANTIC, ArchimateElementType.BUSINESS_OBJECT, AbbOrigin.EIRA);
        catalogue.getEiraLibrary().add(eiraDataPolicy);
        registerTaxpayer.getUses().add(taxpayerRegistry);
        registerTaxpayer.getUses().add(legalAct);
        registerTaxpayer.getUses().add(unclassified);
        fileReturn.getUses().add(riskAnalysis);
        fileReturn.getUses().add(taxpayerRegistry);
        fileReturn.getUses().add(legacyGateway);
        riskAnalysis.getDependsOn().add(taxpayerRegistry);

        name(ccn2, "platform-1", "CCN2");
        ccn2.setKind(PlatformKind.CCN2NG);
        name(speed2, "platform-2", "SPEED2");
        speed2.setKind(PlatformKind.SPEED2NG);
        catalogue.getPlatforms().add(ccn2);
        catalogue.getPlatforms().add(speed2);
        name(belgium, "ms-be", "Belgium");
        belgium.setIsoCode("BE");
        belgium.setTrustLevel(TrustLevel.TRUSTED);
        name(austria, "ms-at", "Austria");
        austria.setIsoCode("AT");
        austria.setTrustLevel(TrustLevel.TRUSTED);
        name(traders, "traders", "Traders");
        traders.setTrustLevel(TrustLevel.UNTRUSTED);
        catalogue.getActors().add(belgium);
        catalogue.getActors().add(traders);
        catalogue.getActors().add(austria);
        name(administrations, "cot-1", "Tax administrations");
        administrations.setTrustLevel(TrustLevel.TRUSTED);
        administrations.getMembers().add(belgium);
        administrations.getMembers().add(austria);
        administrations.getPlatforms().add(ccn2);
        name(publicAccess, "cot-2", "Public access");
        publicAccess.setTrustLevel(TrustLevel.UNTRUSTED);
        publicAccess.getMembers().add(traders);
        publicAccess.getPlatforms().add(speed2);
        catalogue.getCirclesOfTrust().add(administrations);
        catalogue.getCirclesOfTrust().add(publicAccess);

        name(centralRegistry, "sbb-1", "Central taxpayer registry");
        centralRegistry.setSourcing(Sourcing.CENTRAL);
        centralRegistry.setArchimateType(ArchimateElementType.APPLICATION_COMPONENT);
        centralRegistry.getImplements().add(taxpayerRegistry);
        centralRegistry.getExposedThrough().add(ccn2);
        centralRegistry.getUsedBy().add(belgium);
        name(nationalPortal, "sbb-2", "National e-filing portal");
        nationalPortal.setSourcing(Sourcing.NATIONAL);
        nationalPortal.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        catalogue.getSolutionBuildingBlocks().add(nationalPortal);
        catalogue.getSolutionBuildingBlocks().add(centralRegistry);

        name(registrationProcess, "bp-1", "Taxpayer registration");
        name(verification, "bp-2", "Identity verification");
        catalogue.getProcesses().add(registrationProcess);
        registrationProcess.getSubProcesses().add(verification);
        name(receiveApplication, "task-1", "Receive application");
        name(recordTaxpayer, "task-2", "Record taxpayer");
        name(checkIdentity, "task-3", null);
        checkIdentity.setBpmnId("Activity_check");
        name(archiveFile, "task-4", "Archive file");
        registrationProcess.getTasks().add(receiveApplication);
        registrationProcess.getTasks().add(recordTaxpayer);
        registrationProcess.getTasks().add(archiveFile);
        verification.getTasks().add(checkIdentity);
        receiveApplication.getSupportingServices().add(registerTaxpayer);
        recordTaxpayer.getSupportingBuildingBlocks().add(taxpayerRegistry);
        checkIdentity.getSupportingBuildingBlocks().add(eiraDataPolicy);
    }

    private static void block(ArchitectureBuildingBlock block, String id, String name, EiraView view, ArchimateElementType type, AbbOrigin origin) {
        name(block, id, name);
        block.setView(view);
        block.setArchimateType(type);
        block.setOrigin(origin);
        block.setDctType((origin == AbbOrigin.EIRA ? "eira:" : "egovera:") + name.replace(" ", ""));
        if (origin == AbbOrigin.EIRA) {
            block.setPersistentUri("http://data.europa.eu/dr8/" + name.replace(" ", ""));
        }
    }

    private static void name(org.egovera.model.Element element, String id, String name) {
        element.setId(id);
        element.setName(name);
    }
}
