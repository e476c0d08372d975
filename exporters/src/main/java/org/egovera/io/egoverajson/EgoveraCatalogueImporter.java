package org.egovera.io.egoverajson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.io.archimate.ArchimateExchangeReader;
import org.egovera.io.bpmn.SampleProcesses;
import org.egovera.io.eira.EiraLibrary;
import org.egovera.io.eira.EiraLibraryImporter;
import org.egovera.io.support.DataGapLog;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DataGap;
import org.egovera.model.DataGapKind;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.PolicyDomain;
import org.egovera.model.io.InputException;

/**
 * Builds a catalogue from the eGovERA tools' JSON, the EIRA library, the Area crosswalk, the
 * overlay and the hand-written descriptions. The same inputs always give the same catalogue, element
 * for element and in the same order, so that the saved file is byte for byte reproducible.
 * <p>
 * Steps: the 2021 release is the base ({@link PortalReleaseImporter}); release 6.0 is merged into it
 * ({@link ReleaseSixMerger}, {@link ReleaseSixBlockMerger}); eGovERA's blocks are typed through the
 * crosswalk ({@link BuildingBlockTyping}); the overlay and the sample processes with their mappings are
 * added ({@link OverlayApplier}, {@link SampleProcesses}); links the
 * sources leave out are recorded ({@link LinkCompleteness}); every element is described
 * ({@link DescriptionComposer}).
 */
public final class EgoveraCatalogueImporter {

    private EgoveraCatalogueImporter() {
    }

    public static ImportResult importCatalogue(ImportSources sources) {
        Map<TableSlot, JsonTable> tables = readTables(sources.jsonInputs());
        for (TableKind kind : TableKind.values()) {
            if (!tables.containsKey(new TableSlot(kind, SourceLayout.PORTAL_2021))) {
                throw new InputException(sources.jsonInputs().isEmpty() ? null : sources.jsonInputs().get(0),
                        "no file holds the " + kind.label() + " of the 2021 release, on which the catalogue is built");
            }
        }
        DataGapLog gaps = new DataGapLog();
        Catalogue catalogue = EgoveraFactory.eINSTANCE.createCatalogue();
        catalogue.setId("catalogue");
        EiraLibrary library = sources.eiraModel() != null
                ? new EiraLibraryImporter().importLibrary(new ArchimateExchangeReader().read(sources.eiraModel()), gaps)
                : shippedLibrary(gaps);
        ImportContext context = new ImportContext(catalogue, gaps, library);
        for (ArchitectureBuildingBlock block : library.blocks()) {
            context.registerId(block.getId());
            if (block.getPersistentUri() != null) {
                context.uris.reserve(block.getPersistentUri(), block);
            }
        }
        catalogue.getEiraLibrary().addAll(library.blocks());

        new PortalReleaseImporter(context).importTables(table(tables, TableKind.CAPABILITIES, SourceLayout.PORTAL_2021),
                table(tables, TableKind.SERVICES, SourceLayout.PORTAL_2021),
                table(tables, TableKind.BUILDING_BLOCKS, SourceLayout.PORTAL_2021));
        ReleaseSixMerger merger = new ReleaseSixMerger(context);
        ReleaseMergeTally tally = merger.merge(table(tables, TableKind.CAPABILITIES, SourceLayout.RELEASE_6_0),
                table(tables, TableKind.SERVICES, SourceLayout.RELEASE_6_0), ReleaseMergeTally.NONE);
        JsonTable blocks6 = table(tables, TableKind.BUILDING_BLOCKS, SourceLayout.RELEASE_6_0);
        if (blocks6 != null) {
            tally = new ReleaseSixBlockMerger(context, merger).merge(blocks6, tally);
        }
        context.orderDomains();
        new BuildingBlockTyping(context, AreaCrosswalk.read(sources.crosswalk())).apply();
        int overlayElements = sources.overlay() == null ? 0
                : new OverlayApplier(sources.overlay(), OverlayReader.read(sources.overlay()), context).apply();
        if (sources.overlay() != null) {
            // The sample processes and their reviewed mappings are project additions, like the overlay.
            SampleProcesses.addTo(catalogue);
        }
        new LinkCompleteness(context).record("in all the sources read");
        DescriptionComposer.Outcome described = new DescriptionComposer(HandWrittenDescriptions.read(sources.descriptions()))
                .describe(catalogue);
        catalogue.getDataGaps().addAll(gaps.sorted());
        return new ImportResult(catalogue, summary(catalogue, tally, overlayElements, described));
    }

    /** A directory stands for its {@code .json} files, in name order; each file's kind comes from its content. */
    private static Map<TableSlot, JsonTable> readTables(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(input, "cannot list the directory: " + e.getMessage(), e);
                }
            } else {
                files.add(input);
            }
        }
        Map<TableSlot, JsonTable> tables = new LinkedHashMap<>();
        EgoveraJsonReader reader = new EgoveraJsonReader();
        for (Path file : files) {
            JsonTable table = reader.read(file);
            JsonTable earlier = tables.putIfAbsent(new TableSlot(table.kind(), table.layout()), table);
            if (earlier != null) {
                throw new InputException(file, "holds the " + table.kind().label() + " of " + table.layout().release()
                        + ", as " + earlier.file() + " does already; give one file of each kind");
            }
        }
        return tables;
    }

    private static JsonTable table(Map<TableSlot, JsonTable> tables, TableKind kind, SourceLayout layout) {
        return tables.get(new TableSlot(kind, layout));
    }

    /**
     * The EIRA library of the shipped catalogue, with the gaps recorded about it, for imports without
     * an EIRA file. The blocks are copied as EIRA gives them: the links the shipped catalogue adds to
     * them (services using them, successors from release 6.0) belong to the import that made it.
     */
    private static EiraLibrary shippedLibrary(DataGapLog gaps) {
        Catalogue shipped = ShippedCatalogue.load();
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        List<ArchitectureBuildingBlock> blocks = new ArrayList<>(copier.copyAll(shipped.getEiraLibrary()));
        List<DataGap> libraryGaps = shipped.getDataGaps().stream()
                .filter(gap -> gap.getSubject() instanceof ArchitectureBuildingBlock block && shipped.getEiraLibrary().contains(block))
                .toList();
        List<DataGap> copiedGaps = new ArrayList<>(copier.copyAll(libraryGaps));
        copier.copyReferences();
        for (ArchitectureBuildingBlock block : blocks) {
            block.getSuccessors().clear();
            block.getDependsOn().clear();
            block.setSpecialises(null);
        }
        copiedGaps.forEach(gaps::add);
        String release = blocks.isEmpty() || blocks.get(0).getProvenance() == null ? "EIRA"
                : blocks.get(0).getProvenance().getRelease();
        return new EiraLibrary(release, blocks);
    }

    private static ImportSummary summary(Catalogue catalogue, ReleaseMergeTally tally, int overlayElements,
            DescriptionComposer.Outcome described) {
        List<ImportSummary.DomainCounts> domains = new ArrayList<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            domains.add(new ImportSummary.DomainCounts(domain.getName(), domain.getCapabilities().size(),
                    domain.getServices().size(), domain.getBuildingBlocks().size()));
        }
        Map<DataGapKind, Integer> byKind = new EnumMap<>(DataGapKind.class);
        catalogue.getDataGaps().forEach(gap -> byKind.merge(gap.getKind(), 1, Integer::sum));
        return new ImportSummary(domains, catalogue.getEiraLibrary().size(), byKind, tally, overlayElements,
                described.composedForCapabilitiesAndServices(), described.unusedIds());
    }

    private record TableSlot(TableKind kind, SourceLayout layout) {
    }
}
