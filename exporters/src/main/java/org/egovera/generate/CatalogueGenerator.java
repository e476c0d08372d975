package org.egovera.generate;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.io.AtomicFiles;
import org.egovera.model.io.Progress;

/**
 * Generates a valid, realistic synthetic catalogue of any size and streams it to XMI as it goes.
 *
 * <p>Why streaming rather than building the EMF model and saving it: a model of a million elements
 * takes gigabytes of heap, and the generator would need that heap on top of what EMF's save holds;
 * writing each element as soon as it is drawn needs only the plan of the links EMF writes at both
 * ends ({@link CataloguePlan}, a few bytes a link). The writer reproduces EMF's own output byte for
 * byte, so the file is exactly what {@code CatalogueStore.save} would have written and
 * {@code CatalogueStore.load} reads.
 */
public final class CatalogueGenerator {

    private CatalogueGenerator() {
    }

    /** Writes the catalogue to {@code file} atomically: on failure nothing is left behind. */
    public static GenerationSummary generate(GeneratorSettings settings, Path file, Progress progress) throws IOException {
        AtomicReference<GenerationSummary> summary = new AtomicReference<>();
        AtomicFiles.write(file, out -> summary.set(write(settings, out, progress)));
        return summary.get();
    }

    /** Writes the catalogue to a stream, which stays open. */
    public static GenerationSummary write(GeneratorSettings settings, OutputStream stream, Progress progress) throws IOException {
        CatalogueLayout layout = CatalogueLayout.of(settings);
        progress.start("Generating " + layout.expectedElements() + " elements", layout.expectedElements());
        CataloguePlan plan = new CataloguePlan(layout);
        Names names = new Names(plan);
        CountingStream counting = new CountingStream(stream);
        XmiStreamWriter xmi = new XmiStreamWriter(counting);
        xmi.startDocument(root(layout));
        progress.advance(1);
        new DomainWriter(plan, names, xmi, progress).write();
        FrameworkWriter framework = new FrameworkWriter(layout, xmi);
        framework.writeLibrary();
        framework.writeActors();
        framework.writePlatforms();
        framework.writeCirclesOfTrust();
        progress.advance(framework.elementCount());
        new SolutionWriter(plan, names, framework.memberStates(), xmi, progress).write();
        new ProcessWriter(plan, names, xmi, progress).write();
        xmi.endDocument();
        progress.done();
        return new GenerationSummary(settings, xmi.elements(), xmi.references(), xmi.elementsByClass(), counting.count);
    }

    private static XmiRecord root(CatalogueLayout layout) {
        GeneratorSettings settings = layout.settings();
        return new XmiRecord(Literals.CATALOGUE)
                .set(Literals.ELEMENT__ID, "synthetic-" + settings.seed())
                .set(Literals.ELEMENT__NAME, "Synthetic eGovERA catalogue (seed " + settings.seed() + ")")
                .set(Literals.ELEMENT__DESCRIPTION, "A synthetic catalogue for tests and benchmarks: " + settings.memberStates()
                        + " Member States, " + settings.buildingBlocks() + " building blocks with "
                        + settings.solutionsPerBlock() + " solutions each, " + settings.processes() + " processes of "
                        + settings.tasksPerProcess() + " tasks. Names are built from real vocabulary; the content is invented.")
                .set(Literals.CATALOGUE__VERSION, "synthetic-1")
                .set(Literals.CATALOGUE__BASE_IRI, "https://w3id.org/egovera/synthetic/" + settings.seed() + "/");
    }

    /** Counts the bytes written, for the summary. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
