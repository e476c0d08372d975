package org.egovera.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.io.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of the shipped catalogue in a real browser: pages load without console errors, links lead
 * to pages, search finds a building block by name and by persistent URI. Screenshots go to
 * {@code target/report-screenshots} as build artefacts. Skips, saying why, where Chromium is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    private Catalogue catalogue;
    private Path site;
    private HeadlessChromium chromium;

    @BeforeAll
    void renderAndStartTheBrowser(@TempDir Path dir) throws IOException {
        String missing = HeadlessChromium.missing();
        if (missing != null) {
            System.err.println("SKIPPED browser tests of the report: " + missing);
        }
        Assumptions.assumeTrue(missing == null, "browser tests of the report need Chromium: " + missing);
        boolean shipped = ShippedCatalogue.class.getResource(ShippedCatalogue.RESOURCE) != null;
        if (!shipped) {
            System.err.println("SKIPPED browser tests of the report: the shipped catalogue is not on the classpath");
        }
        Assumptions.assumeTrue(shipped, "browser tests of the report render the shipped catalogue, which is absent");
        catalogue = ShippedCatalogue.load();
        site = dir.resolve("site");
        HtmlReport.write(catalogue, site, Progress.NONE);
        Files.createDirectories(SCREENSHOTS);
        chromium = HeadlessChromium.start(dir.resolve("chromium"));
    }

    @AfterAll
    void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void pagesOfEveryKindLoadWithoutConsoleErrors() throws IOException {
        List<String> pages = new ArrayList<>(List.of("index.html", "search.html", "findings.html", "data-gaps.html",
                "view/technical-application.html", "list/abb.html"));
        for (PageKind kind : PageKinds.all()) {
            try (var files = Files.list(site.resolve(kind.folder()))) {
                files.filter(file -> !file.getFileName().toString().contains("~~")).sorted().findFirst()
                        .ifPresent(file -> pages.add(site.relativize(file).toString()));
            } catch (java.nio.file.NoSuchFileException e) {
                // a kind the catalogue has no element of
            }
        }
        for (String page : pages) {
            open(page);
            assertFalse(driver().findElements(By.cssSelector("main h1")).isEmpty(), page + " has a heading");
            assertEquals(List.of(), chromium.consoleErrors(), page);
        }
        open("view/technical-application.html");
        assertFalse(driver().findElements(By.cssSelector("figure.diagram svg a.node")).isEmpty(),
                "the EIRA view is drawn, its blocks links");
        screenshot("eira-view");
        open("index.html");
        screenshot("home");
    }

    @Test
    void everyLinkOfTheHomePageLeadsToAPage() {
        open("index.html");
        Set<String> targets = new LinkedHashSet<>();
        for (WebElement link : driver().findElements(By.cssSelector("a[href]"))) {
            String href = link.getDomProperty("href");
            if (href != null && href.startsWith("file:")) {
                targets.add(href.replaceAll("#.*$", ""));
            }
        }
        assertTrue(targets.size() > 10, "home page links: " + targets.size());
        for (String target : targets) {
            driver().get(target);
            assertFalse(driver().findElements(By.cssSelector("main h1")).isEmpty(), target + " shows a page");
            assertEquals(List.of(), chromium.consoleErrors(), target);
        }
    }

    @Test
    void searchFindsABuildingBlockByNameAndByPersistentUri() throws IOException {
        ArchitectureBuildingBlock block = knownBlock();
        String path = SitePaths.of(catalogue).pathOf(block);

        open("index.html");
        WebElement input = driver().findElement(By.id("search-input"));
        input.click();
        input.sendKeys(block.getName());
        WebElement suggestion = waitFor().until(d -> d.findElements(By.cssSelector("#search-suggestions [role=option] a"))
                .stream().filter(link -> link.getDomProperty("href").endsWith(path)).findFirst().orElse(null));
        assertNotNull(suggestion);
        screenshot("search-suggestions");
        int position = driver().findElements(By.cssSelector("#search-suggestions [role=option] a")).indexOf(suggestion);
        for (int i = 0; i <= position; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        input.sendKeys(Keys.ENTER);
        waitFor().until(d -> d.getCurrentUrl().endsWith(path));
        assertEquals(block.getName(), driver().findElement(By.cssSelector("main h1")).getText());
        screenshot("building-block");

        open("search.html?q=" + URLEncoder.encode(block.getPersistentUri(), StandardCharsets.UTF_8));
        WebElement first = waitFor().until(d -> d.findElements(By.cssSelector("#search-page-results a")).stream()
                .findFirst().orElse(null));
        assertTrue(first.getDomProperty("href").endsWith(path), "first result for the PURI: " + first.getDomProperty("href"));
        screenshot("search-by-uri");
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void diagramsZoomFromTheKeyboardAndTheirElementsAreLinks() throws IOException {
        DigitalPublicService service = catalogue.getPolicyDomains().stream()
                .flatMap(domain -> domain.getServices().stream()).findFirst().orElseThrow();
        open(SitePaths.of(catalogue).pathOf(service));
        WebElement svg = driver().findElement(By.cssSelector("figure.diagram svg"));
        String fitted = svg.getDomAttribute("viewBox");
        screenshot("service-with-diagram");
        driver().findElement(By.cssSelector("figure.diagram [data-zoom=in]")).click();
        String zoomed = svg.getDomAttribute("viewBox");
        assertFalse(fitted.equals(zoomed), "zoom in changes the view box");
        WebElement viewport = driver().findElement(By.cssSelector(".diagram-viewport"));
        viewport.sendKeys("0");
        assertEquals(fitted, svg.getDomAttribute("viewBox"), "0 fits the diagram again");
        List<WebElement> links = driver().findElements(By.cssSelector("figure.diagram svg a.node"));
        assertFalse(links.isEmpty(), "the diagram's elements are links");
        String target = links.get(0).getDomAttribute("href");
        links.get(0).click();
        waitFor().until(d -> d.getCurrentUrl().endsWith(target.replace("../", "")));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private ArchitectureBuildingBlock knownBlock() {
        return catalogue.getEiraLibrary().stream().filter(block -> block.getPersistentUri() != null).findFirst()
                .orElseThrow();
    }

    private ChromeDriver driver() {
        return chromium.driver();
    }

    private void open(String page) {
        driver().get(site.toUri() + page);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    private void screenshot(String name) throws IOException {
        Path shot = driver().getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
