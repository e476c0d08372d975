package org.egovera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.Task;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void writesAHomePageAPagePerElementAndTheLists() throws IOException {
        Path site = dir.resolve("site");
        ReportSummary summary = HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        for (String page : List.of("index.html", "search.html", "capability/CAP1.html", "service/DPS1.html",
                "abb/ABB1.html", "abb/eira.DataExchange.html", "sbb/SBB1.html", "member-state/BE.html",
                "platform/SPEED2NG.html", "actor-class/TRADERS.html", "domain/tax.html", "list/abb.html",
                "view/technical-application.html", "findings.html", "data-gaps.html", "assets/report.css",
                "assets/report.js", "assets/search-index.js")) {
            assertTrue(Files.isRegularFile(site.resolve(page)), page);
        }
        assertEquals(Files.size(site.resolve("index.html")), summary.homePageBytes());
        assertTrue(summary.pages() >= 15, "pages: " + summary.pages());
    }

    @Test
    void everyLocalLinkResolves() throws IOException {
        Path site = dir.resolve("site");
        HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        assertEquals(List.of(), SiteLinks.broken(site));
        assertTrue(SiteLinks.count(site) > 100, "links checked: " + SiteLinks.count(site));
    }

    @Test
    void pagesLinkBothWays() throws IOException {
        Path site = dir.resolve("site");
        HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        String service = Files.readString(site.resolve("service/DPS1.html"));
        String block = Files.readString(site.resolve("abb/ABB1.html"));
        String member = Files.readString(site.resolve("member-state/BE.html"));
        assertTrue(service.contains("href=\"../abb/ABB1.html\""), "service links to its ABB");
        assertTrue(block.contains("href=\"../service/DPS1.html\""), "ABB links back to the service");
        assertTrue(block.contains("href=\"../sbb/SBB1.html\""), "ABB links to its implementing SBB");
        assertTrue(member.contains("href=\"../sbb/SBB1.html\""), "Member State links to the SBB it uses (no opposite)");
        assertTrue(Files.readString(site.resolve("abb/eira.DataExchange.html")).contains("Specialised by"));
    }

    @Test
    void elementPagesCarryTheirNeighbourhoodAsAClickableDiagram() throws IOException {
        Path site = dir.resolve("site");
        ReportSummary summary = HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        String service = Files.readString(site.resolve("service/DPS1.html"));
        assertTrue(service.contains("<figure class=\"diagram\""), service);
        assertTrue(service.contains("<a class=\"node\" href=\"../abb/ABB1.html\">"), "the used ABB is a link in the diagram");
        assertTrue(service.contains("<a class=\"node\" href=\"../capability/CAP1.html\">"), "so is the realised capability");
        assertTrue(service.contains("class=\"layer-strategy\""), "a capability is drawn in the strategy layer");
        assertTrue(summary.diagrams() >= 8, "diagrams: " + summary.diagrams());
    }

    @Test
    void eiraViewPagesDrawTheExportsViewWithEveryListedBlockAsALink() throws IOException {
        Path site = dir.resolve("site");
        HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        int drawn = 0;
        for (EiraViews.View view : EiraViews.all()) {
            String page = Files.readString(site.resolve(view.path(1)));
            Set<String> listed = links(page, "<th scope=\"row\"><a href=\"");
            Set<String> inDiagram = links(page, "<a class=\"node\" href=\"");
            assertEquals(listed, inDiagram, view.slug());
            if (!listed.isEmpty()) {
                assertTrue(page.contains("<figure class=\"diagram\""), view.slug());
                drawn++;
            }
        }
        assertTrue(drawn >= 1, "views drawn: " + drawn);
    }

    @Test
    void aViewTooLargeToReadIsLeftToItsList() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        for (int i = 0; i <= EiraViewDiagrams.MAX_BLOCKS; i++) {
            ArchitectureBuildingBlock block = EgoveraFactory.eINSTANCE.createArchitectureBuildingBlock();
            block.setId("eira.Many" + i);
            block.setName("Many " + i);
            block.setView(EiraView.LEGAL);
            block.setArchimateType(ArchimateElementType.REQUIREMENT);
            catalogue.getEiraLibrary().add(block);
        }
        Path site = dir.resolve("site");
        HtmlReport.write(catalogue, site, Progress.NONE);
        String legal = Files.readString(site.resolve("view/legal.html"));
        assertFalse(legal.contains("<figure class=\"diagram\""), "no diagram of 1,501 blocks");
        assertTrue(legal.contains("href=\"../abb/eira.Many0.html\""), "the list names them");
        assertTrue(Files.readString(site.resolve("view/technical-application.html")).contains("<figure class=\"diagram\""),
                "the other views are still drawn");
    }

    private static Set<String> links(String page, String prefix) {
        Set<String> links = new TreeSet<>();
        for (int at = page.indexOf(prefix); at >= 0; at = page.indexOf(prefix, at + 1)) {
            int start = at + prefix.length();
            links.add(page.substring(start, page.indexOf('"', start)));
        }
        return links;
    }

    @Test
    void findingsAreListedOnTheElementTheyConcern() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).getUses().clear();
        Path site = dir.resolve("site");
        HtmlReport.write(catalogue, site, Progress.NONE);
        String service = Files.readString(site.resolve("service/DPS1.html"));
        assertTrue(service.contains("<code>DPS-USES</code>"), "finding on the service page");
        assertFalse(Files.readString(site.resolve("capability/CAP1.html")).contains("DPS-USES"));
        assertTrue(Files.readString(site.resolve("findings.html")).contains("DPS-USES"));
        assertTrue(Files.readString(site.resolve("index.html")).contains("1 error(s)"));
    }

    @Test
    void aProcessPageListsItsTasksWithAnchorsThatOtherPagesLinkTo() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        BusinessProcess process = EgoveraFactory.eINSTANCE.createBusinessProcess();
        process.setId("P1");
        process.setName("Register a taxpayer");
        Task mapped = EgoveraFactory.eINSTANCE.createTask();
        mapped.setId("P1.check");
        mapped.setName("Check the identity");
        mapped.getSupportingBuildingBlocks().add(catalogue.getPolicyDomains().get(0).getBuildingBlocks().get(0));
        Task unmapped = EgoveraFactory.eINSTANCE.createTask();
        unmapped.setId("P1.file");
        unmapped.setName("File the form");
        process.getTasks().add(mapped);
        process.getTasks().add(unmapped);
        catalogue.getProcesses().add(process);
        Path site = dir.resolve("site");
        HtmlReport.write(catalogue, site, Progress.NONE);
        String page = Files.readString(site.resolve("process/P1.html"));
        assertTrue(page.contains("<tr id=\"task-P1.check\">"), page);
        assertTrue(page.contains("<tr id=\"task-P1.file\" class=\"unmapped\">"), page);
        assertTrue(Files.readString(site.resolve("abb/ABB1.html")).contains("href=\"../process/P1.html#task-P1.check\""));
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void textIsEscaped() throws IOException {
        Catalogue catalogue = TestCatalogues.minimal();
        catalogue.getPolicyDomains().get(0).getServices().get(0).setName("<script>alert(1)</script> & co");
        Path site = dir.resolve("site");
        HtmlReport.write(catalogue, site, Progress.NONE);
        String service = Files.readString(site.resolve("service/DPS1.html"));
        assertFalse(service.contains("<script>alert"), "markup in names is escaped");
        assertTrue(service.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    }

    @Test
    void searchIndexNamesEveryPageWithIdAndPersistentUri() throws IOException {
        Path site = dir.resolve("site");
        HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        String index = Files.readString(site.resolve("assets/search-index.js"));
        assertTrue(index.startsWith("window.egoveraSearchIndex = ["), index);
        assertTrue(index.contains("[\"Data Exchange\",\"eira.DataExchange\","
                + "\"http://data.europa.eu/dr8/DataExchangeApplicationService\",\"Architecture building block\","
                + "\"abb/eira.DataExchange.html\"]"), index);
    }

    @Test
    void refusesToOverwriteAFolderThatIsNotAReport() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("thesis.txt"), "precious");
        InputException failure = assertThrows(InputException.class,
                () -> HtmlReport.write(TestCatalogues.minimal(), folder, Progress.NONE));
        assertTrue(failure.oneLine().contains("documents"), failure.oneLine());
        assertEquals("precious", Files.readString(folder.resolve("thesis.txt")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void replacesAnEarlierReportWhole() throws IOException {
        Path site = dir.resolve("site");
        HtmlReport.write(TestCatalogues.minimal(), site, Progress.NONE);
        Catalogue smaller = TestCatalogues.minimal();
        smaller.getSolutionBuildingBlocks().clear();
        HtmlReport.write(smaller, site, Progress.NONE);
        assertFalse(Files.exists(site.resolve("sbb/SBB1.html")), "pages of the earlier report are gone");
        assertTrue(Files.exists(site.resolve("index.html")));
        assertEquals(List.of(), leftovers());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
        }
    }
}
