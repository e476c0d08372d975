package org.egovera.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.egovera.io.archimate.ArchimateExporter;
import org.egovera.model.AbbOrigin;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Task;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;

/**
 * Times the report of a large catalogue beside the ArchiMate export of the same catalogue, and prints
 * the home page's size. A benchmark, not a test: after {@code mvn -B -q package -DskipTests}, run it from
 * the checkout root with {@code java -cp "exporters/target/test-classes:model/target/egovera-model-0.1.0-SNAPSHOT-tests.jar:cli/target/egovera-dist/egovera/lib/*"
 * org.egovera.report.ReportBench 100000 /tmp/report-bench}.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/report-bench");
        Catalogue catalogue = large(size);
        int elements = count(catalogue);
        System.out.printf("catalogue: %,d elements%n", elements);

        Files.createDirectories(work);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve("catalogue.xml")), 1 << 16)) {
            new ArchimateExporter().export(catalogue, out);
        }
        double archimate = seconds(start);
        System.out.printf("archimate export: %.1f s (%,d bytes)%n", archimate, Files.size(work.resolve("catalogue.xml")));

        start = System.nanoTime();
        ReportSummary summary = HtmlReport.write(catalogue, work.resolve("site"), Progress.NONE);
        double report = seconds(start);
        System.out.printf("report: %.1f s, %,d pages, %,d diagrams, %,d bytes; home page %,d bytes%n", report,
                summary.pages(), summary.diagrams(), summary.bytes(), summary.homePageBytes());
        System.out.printf("report / archimate export: %.2f%n", report / archimate);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static int count(Catalogue catalogue) {
        int count = 0;
        for (var contents = catalogue.eAllContents(); contents.hasNext(); contents.next()) {
            count++;
        }
        return count;
    }

    /**
     * A catalogue of about {@code size} elements shaped like the real one: the EIRA library, domains
     * whose services realise capabilities and use several building blocks each, processes whose tasks
     * the building blocks support. Seeded, so every run measures the same catalogue.
     */
    static Catalogue large(int size) {
        EgoveraFactory factory = EgoveraFactory.eINSTANCE;
        Random random = new Random(20_26);
        Catalogue catalogue = TestCatalogues.minimal();
        List<ArchitectureBuildingBlock> eira = new ArrayList<>();
        for (int i = 0; i < 355; i++) {
            ArchitectureBuildingBlock block = factory.createArchitectureBuildingBlock();
            block.setId("eira.Block" + i);
            block.setName("EIRA block " + i);
            block.setOrigin(AbbOrigin.EIRA);
            block.setView(EiraView.get(1 + i % 5));
            block.setArchimateType(ArchimateElementType.APPLICATION_SERVICE);
            block.setDctType("eira:Block" + i);
            block.setPersistentUri("http://data.europa.eu/dr8/Block" + i);
            catalogue.getEiraLibrary().add(block);
            eira.add(block);
        }
        int domains = Math.max(1, size / 10_000);
        int perDomain = size / domains;
        for (int d = 0; d < domains; d++) {
            PolicyDomain domain = factory.createPolicyDomain();
            domain.setId("domain" + d);
            domain.setName("Domain " + d);
            catalogue.getPolicyDomains().add(domain);
            List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
            for (int i = 0; i < perDomain * 6 / 10; i++) {
                ArchitectureBuildingBlock block = factory.createArchitectureBuildingBlock();
                block.setId("D" + d + "ABB" + i);
                block.setName("Building block " + d + "-" + i);
                block.setOrigin(AbbOrigin.EGOVERA);
                block.setView(EiraView.get(1 + i % 5));
                ArchitectureBuildingBlock specialised = eira.get(random.nextInt(eira.size()));
                block.setArchimateType(specialised.getArchimateType());
                block.setDctType("egovera:Block" + d + "x" + i);
                block.setSpecialises(specialised);
                domain.getBuildingBlocks().add(block);
                blocks.add(block);
            }
            List<DigitalBusinessCapability> capabilities = new ArrayList<>();
            for (int i = 0; i < perDomain * 3 / 100; i++) {
                DigitalBusinessCapability capability = factory.createDigitalBusinessCapability();
                capability.setId("D" + d + "CAP" + i);
                capability.setName("Capability " + d + "-" + i);
                capability.setPriority(i % 20 == 0);
                domain.getCapabilities().add(capability);
                capabilities.add(capability);
            }
            for (int i = 0; i < perDomain / 4; i++) {
                DigitalPublicService service = factory.createDigitalPublicService();
                service.setId("D" + d + "DPS" + i);
                service.setName("Service " + d + "-" + i);
                domain.getServices().add(service);
                service.getRealises().add(capabilities.get(random.nextInt(capabilities.size())));
                for (int k = 0; k < 6; k++) {
                    service.getUses().add(blocks.get(random.nextInt(blocks.size())));
                }
                service.getExposedThrough().add(catalogue.getPlatforms().get(random.nextInt(catalogue.getPlatforms().size())));
            }
            BusinessProcess process = factory.createBusinessProcess();
            process.setId("D" + d + "P");
            process.setName("Process " + d);
            catalogue.getProcesses().add(process);
            for (int i = 0; i < perDomain / 50; i++) {
                Task task = factory.createTask();
                task.setId("D" + d + "T" + i);
                task.setName("Task " + d + "-" + i);
                task.getSupportingBuildingBlocks().add(blocks.get(random.nextInt(blocks.size())));
                process.getTasks().add(task);
            }
        }
        return catalogue;
    }
}
