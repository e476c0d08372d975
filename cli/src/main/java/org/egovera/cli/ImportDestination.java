package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.archimate.ImportReport;
import org.egovera.io.merge.CatalogueMerge;
import org.egovera.io.merge.LibraryMerge;
import org.egovera.io.merge.MergeSummary;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.InputException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where an import goes: a new catalogue ({@code -o}) or an existing one ({@code --into}, merged by
 * id, or with {@code --library} its EIRA library merged by PURI). Writes atomically and prints
 * what happened.
 */
public final class ImportDestination {

    static final class Target {
        @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.egovera", description = "Write a new catalogue.")
        Path output;

        @Option(names = "--into", required = true, paramLabel = "CATALOGUE.egovera",
                description = "Merge into this catalogue (rewritten in place).")
        Path into;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Option(names = "--library", description = "With --into: merge only the building blocks, into the EIRA library, by PURI.")
    private boolean library;

    boolean library() {
        return library;
    }

    /** Merges building blocks into the EIRA library of the {@code --into} catalogue, by PURI. */
    int writeLibrary(List<ArchitectureBuildingBlock> blocks, CommandSpec spec, JsonOutput json) {
        if (target.into == null) {
            throw new ParameterException(spec.commandLine(), "--library merges into a catalogue: give --into CATALOGUE.egovera");
        }
        Catalogue catalogue = CatalogueStore.load(target.into);
        MergeSummary summary = LibraryMerge.merge(catalogue, blocks);
        save(catalogue, target.into);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("output", target.into.toString());
            document.put("blocks", blocks.size());
            document.put("added", summary.added());
            document.put("updated", summary.updated());
            document.put("unchanged", summary.unchanged());
            document.put("notes", summary.notes());
            json.print(out, document);
        } else {
            out.printf("read %d building blocks%n", blocks.size());
            out.println("EIRA library: " + summary.describe());
            summary.notes().forEach(note -> out.println("note: " + note));
            out.println("wrote " + target.into);
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }

    private static void save(Catalogue catalogue, Path file) {
        try {
            CatalogueStore.save(catalogue, file);
        } catch (IOException e) {
            throw new InputException(file, "cannot write: " + e.getMessage(), e);
        }
    }

    int write(ImportReport report, CommandSpec spec, JsonOutput json) {
        if (library && target.into == null) {
            throw new ParameterException(spec.commandLine(), "--library merges into a catalogue: give --into CATALOGUE.egovera");
        }
        MergeSummary summary = null;
        Path written = target.output != null ? target.output : target.into;
        Catalogue catalogue = report.catalogue();
        if (target.into != null) {
            catalogue = CatalogueStore.load(target.into);
            summary = library ? LibraryMerge.merge(catalogue, blocks(report.catalogue()))
                    : CatalogueMerge.merge(catalogue, report.catalogue());
        }
        save(catalogue, written);
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("output", written.toString());
            document.put("elements", report.elements());
            document.put("links", report.links());
            document.put("relationships", report.relationships());
            document.put("views", report.views());
            document.put("folders", report.folders());
            document.put("warnings", report.warnings());
            if (summary != null) {
                document.put("added", summary.added());
                document.put("updated", summary.updated());
                document.put("unchanged", summary.unchanged());
                document.put("notes", summary.notes());
            }
            json.print(out, document);
        } else {
            out.printf("read %d elements: %d relationships became catalogue links, %d kept as relationships; %d views, %d folders%n",
                    report.elements(), report.links(), report.relationships(), report.views(), report.folders());
            report.warnings().forEach(warning -> out.println("warning: " + warning));
            if (summary != null) {
                out.println((library ? "EIRA library: " : "merge: ") + summary.describe());
                summary.notes().forEach(note -> out.println("note: " + note));
            }
            out.println("wrote " + written);
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }

    private static List<ArchitectureBuildingBlock> blocks(Catalogue catalogue) {
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ArchitectureBuildingBlock block) {
                blocks.add(block);
            }
        }
        return blocks;
    }
}
