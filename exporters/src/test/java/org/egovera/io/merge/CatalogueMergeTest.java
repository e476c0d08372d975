package org.egovera.io.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;

class CatalogueMergeTest {

    private static final EgoveraFactory F = EgoveraFactory.eINSTANCE;

    @Test
    void mergingACatalogueIntoItselfChangesNothing() {
        Catalogue target = TestCatalogues.minimal();
        MergeSummary summary = CatalogueMerge.merge(target, TestCatalogues.minimal());
        assertEquals(0, summary.added());
        assertEquals(0, summary.updated());
        assertTrue(new EcoreUtil.EqualityHelper().equals(TestCatalogues.minimal(), target));
    }

    @Test
    void newElementsMoveInAndLinksPointAtExistingOnes() {
        Catalogue target = TestCatalogues.minimal();
        Catalogue incoming = TestCatalogues.minimal();
        DigitalPublicService service = F.createDigitalPublicService();
        service.setId("DPS2");
        service.setName("Second service");
        incoming.getPolicyDomains().get(0).getServices().add(service);
        service.getRealises().add(incoming.getPolicyDomains().get(0).getCapabilities().get(0));
        service.getUses().add(incoming.getPolicyDomains().get(0).getBuildingBlocks().get(0));
        incoming.getPolicyDomains().get(0).getCapabilities().get(0).setName("Renamed capability");

        MergeSummary summary = CatalogueMerge.merge(target, incoming);

        assertEquals(1, summary.added());
        assertEquals(2, summary.updated(), "the renamed capability, and the block the new service uses: " + summary);
        DigitalPublicService merged = target.getPolicyDomains().get(0).getServices().get(1);
        assertEquals("DPS2", merged.getId());
        assertSame(target.getPolicyDomains().get(0).getCapabilities().get(0), merged.getRealises().get(0));
        assertSame(target.getPolicyDomains().get(0).getBuildingBlocks().get(0), merged.getUses().get(0));
        assertEquals("Renamed capability", target.getPolicyDomains().get(0).getCapabilities().get(0).getName());
        assertEquals(0, CatalogueValidation.validate(target).errorCount(), "no duplicated ids, no dangling links");
    }

    @Test
    void libraryMergeMatchesByPersistentUri() {
        Catalogue target = TestCatalogues.minimal();
        ArchitectureBuildingBlock same = F.createArchitectureBuildingBlock();
        same.setId("id-from-the-file");
        same.setName("Data Exchange");
        same.setPersistentUri("http://data.europa.eu/dr8/DataExchangeApplicationService");
        same.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
        same.setDctType("eira:DataExchangeApplicationService");
        same.setView(EiraView.TECHNICAL_APPLICATION);
        ArchitectureBuildingBlock renamed = EcoreUtil.copy(same);
        renamed.setName("Data exchange (renamed)");
        ArchitectureBuildingBlock added = F.createArchitectureBuildingBlock();
        added.setName("Legal Act");
        added.setPersistentUri("http://data.europa.eu/dr8/LegalActRequirement");
        added.setArchimateType(ArchimateElementType.REQUIREMENT);
        added.setDescription("EIRA's text, which the library does not take");
        ArchitectureBuildingBlock withoutUri = F.createArchitectureBuildingBlock();
        withoutUri.setName("Nameless");

        MergeSummary summary = LibraryMerge.merge(target, List.of(same, renamed, added, withoutUri));

        assertEquals(1, summary.added());
        assertEquals(0, summary.updated());
        assertEquals(1, summary.unchanged());
        assertEquals(2, summary.notes().size(), "the second holder of a PURI, the block without one: " + summary.notes());
        assertEquals(2, target.getEiraLibrary().size());
        assertEquals("Data Exchange", target.getEiraLibrary().get(0).getName(), "the first holder of a PURI wins");

        MergeSummary again = LibraryMerge.merge(target, List.of(renamed));
        assertEquals(1, again.updated(), "a block EIRA renames is updated");
        assertEquals("Data exchange (renamed)", target.getEiraLibrary().get(0).getName());
        ArchitectureBuildingBlock legal = target.getEiraLibrary().get(1);
        assertEquals("eira.LegalActRequirement", legal.getId());
        assertEquals(null, legal.getDescription());
    }
}
