package org.egovera.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EiraView;
import org.egovera.model.Platform;
import org.egovera.model.PlatformKind;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.Sourcing;
import org.egovera.model.Task;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;
import org.egovera.model.validation.CatalogueValidation;
import org.egovera.model.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueGeneratorTest {

    private static byte[] small;
    private static Catalogue smallCatalogue;
    private static GenerationSummary smallSummary;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateSmall() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        smallSummary = CatalogueGenerator.write(Preset.SMALL.settings(), out, Progress.NONE);
        small = out.toByteArray();
        smallCatalogue = CatalogueStore.read(new java.io.ByteArrayInputStream(small), Path.of("small.egovera"));
    }

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        assertArrayEquals(small, bytes(Preset.SMALL.settings()));
    }

    @Test
    void anotherSeedGivesAnotherCatalogueOfTheSameSize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerationSummary other = CatalogueGenerator.write(Preset.SMALL.settings().withSeed(7), out, Progress.NONE);
        assertFalse(java.util.Arrays.equals(small, out.toByteArray()));
        assertEquals(smallSummary.elements(), other.elements());
    }

    @Test
    void smallCatalogueHasNoValidationFindings() {
        ValidationReport report = CatalogueValidation.validate(smallCatalogue);
        assertEquals(0, report.errorCount(), () -> report.findings().toString());
        assertEquals(0, report.warningCount(), () -> report.findings().toString());
    }

    @Test
    void writesExactlyWhatEmfSavesForTheSameModel() throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        CatalogueStore.write(smallCatalogue, saved);
        assertEquals(new String(small, java.nio.charset.StandardCharsets.UTF_8), saved.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void summaryCountsWhatTheFileHolds() {
        CatalogueSize size = CatalogueSize.of(smallCatalogue);
        assertEquals(size.elements(), smallSummary.elements());
        assertEquals(size.references(), smallSummary.references());
        assertEquals(size.elementsByClass(), smallSummary.elementsByClass());
        assertEquals(small.length, smallSummary.bytes());
    }

    @Test
    void elementCountsFollowTheSettings() {
        CatalogueLayout layout = CatalogueLayout.of(Preset.SMALL.settings());
        Vocabulary vocabulary = Vocabulary.standard();
        var byClass = smallSummary.elementsByClass();
        assertEquals(26L * 28, byClass.get("Task"));
        assertEquals(26L, byClass.get("BusinessProcess"));
        assertEquals(60L * 3, byClass.get("SolutionBuildingBlock"));
        assertEquals(60L + vocabulary.eiraConcepts().size(), byClass.get("ArchitectureBuildingBlock"));
        assertEquals(27L, byClass.get("MemberState"));
        // Tax, Customs, Excise, Business Agnostic get 30, 12, 9, 9 blocks; five blocks a service; 2.4 services a capability.
        assertEquals(6L + 3 + 2 + 2, byClass.get("DigitalPublicService"));
        assertEquals(3L + 2 + 1 + 1, byClass.get("DigitalBusinessCapability"));
        assertEquals(layout.expectedElementsByClass().entrySet().stream().filter(entry -> entry.getValue() > 0)
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue())), byClass);
    }

    @Test
    void presetsAreTenTimesApart() {
        assertEquals(1_150, CatalogueLayout.of(Preset.SMALL.settings()).expectedElements());
        assertEquals(10_247, CatalogueLayout.of(Preset.MEDIUM.settings()).expectedElements());
        assertEquals(101_236, CatalogueLayout.of(Preset.LARGE.settings()).expectedElements());
    }

    @Test
    void mediumHasAboutTwoLinksAnElement() throws IOException {
        GenerationSummary medium = CatalogueGenerator.write(Preset.MEDIUM.settings(), java.io.OutputStream.nullOutputStream(), Progress.NONE);
        assertEquals(CatalogueLayout.of(Preset.MEDIUM.settings()).expectedElements(), medium.elements());
        double perElement = (double) medium.references() / medium.elements();
        assertTrue(perElement > 1.8 && perElement < 2.4, "links an element: " + perElement);
    }

    @Test
    void everySourcingViewAndPlatformKindOccurs() {
        Set<Sourcing> sourcings = EnumSet.noneOf(Sourcing.class);
        smallCatalogue.getSolutionBuildingBlocks().stream().map(SolutionBuildingBlock::getSourcing).forEach(sourcings::add);
        assertEquals(EnumSet.allOf(Sourcing.class), sourcings);
        Set<EiraView> views = EnumSet.noneOf(EiraView.class);
        smallCatalogue.getPolicyDomains().forEach(domain -> domain.getBuildingBlocks().stream()
                .map(ArchitectureBuildingBlock::getView).forEach(views::add));
        assertEquals(EnumSet.complementOf(EnumSet.of(EiraView.UNSPECIFIED)), views);
        Set<PlatformKind> kinds = EnumSet.noneOf(PlatformKind.class);
        smallCatalogue.getPlatforms().stream().map(Platform::getKind).forEach(kinds::add);
        assertEquals(EnumSet.allOf(PlatformKind.class), kinds);
    }

    @Test
    void eiraLibraryBlocksCarryPersistentUris() {
        for (ArchitectureBuildingBlock block : smallCatalogue.getEiraLibrary()) {
            assertTrue(block.getPersistentUri().startsWith("http://data.europa.eu/dr8/"), block.getId());
            assertEquals("eira:" + block.getPersistentUri().substring("http://data.europa.eu/dr8/".length()), block.getDctType());
        }
        for (var domain : smallCatalogue.getPolicyDomains()) {
            for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                assertEquals(block.getSpecialises().getArchimateType(), block.getArchimateType(), block.getId());
                assertEquals(block.getSpecialises().getView(), block.getView(), block.getId());
            }
        }
    }

    @Test
    void mostTasksAreMappedToServicesOfTheirDomain() {
        long tasks = 0;
        long mapped = 0;
        for (var contents = smallCatalogue.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof Task task) {
                tasks++;
                if (!task.getSupportingServices().isEmpty()) {
                    mapped++;
                    String domain = task.getSupportingServices().get(0).getDomain().getId();
                    assertTrue(task.getProcess().getSourceFile().startsWith("bpmn/" + domain + "/"), task.getId());
                }
            }
        }
        assertTrue(mapped > tasks * 3 / 4 && mapped < tasks, mapped + " of " + tasks);
    }

    @Test
    void namesAreDistinctWithinTheirKind() {
        assertDistinct(smallCatalogue.getSolutionBuildingBlocks().stream().map(SolutionBuildingBlock::getName).toList());
        assertDistinct(smallCatalogue.getProcesses().stream().map(process -> process.getName()).toList());
        assertDistinct(smallCatalogue.getPolicyDomains().stream().flatMap(domain -> domain.getBuildingBlocks().stream())
                .map(ArchitectureBuildingBlock::getName).toList());
        assertDistinct(smallCatalogue.getPolicyDomains().stream().flatMap(domain -> domain.getServices().stream())
                .map(service -> service.getName()).toList());
    }

    @Test
    void progressCountsEveryElement() throws IOException {
        long[] totals = new long[3];
        Progress recording = new Progress() {
            @Override
            public void start(String task, long total) {
                totals[0] = total;
            }

            @Override
            public void advance(long amount) {
                totals[1] += amount;
            }

            @Override
            public void done() {
                totals[2]++;
            }
        };
        CatalogueGenerator.write(Preset.SMALL.settings(), java.io.OutputStream.nullOutputStream(), recording);
        assertEquals(smallSummary.elements(), totals[0]);
        assertEquals(smallSummary.elements(), totals[1]);
        assertEquals(1, totals[2]);
    }

    @Test
    void generateWritesTheFileAtomically() throws IOException {
        Path file = dir.resolve("out/small.egovera");
        GenerationSummary summary = CatalogueGenerator.generate(Preset.SMALL.settings(), file, Progress.NONE);
        assertArrayEquals(small, Files.readAllBytes(file));
        assertEquals(small.length, summary.bytes());
        try (var listing = Files.list(file.getParent())) {
            assertEquals(1, listing.count());
        }
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(0, 60, 3, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(28, 60, 3, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(27, 19, 3, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(27, 60, -1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(27, 60, 3, 1_000_000, 1_000, 1));
    }

    private static void assertDistinct(java.util.List<String> names) {
        assertEquals(names.size(), Set.copyOf(names).size(), "duplicate names");
    }

    private static byte[] bytes(GeneratorSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogueGenerator.write(settings, out, Progress.NONE);
        return out.toByteArray();
    }
}
