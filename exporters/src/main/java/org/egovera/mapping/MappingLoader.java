package org.egovera.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Task;
import org.egovera.model.io.InputException;

/**
 * Loads mapping files into a catalogue: each line replaces the mapping of its task. Every id is checked
 * before anything changes, so a typo leaves the catalogue as it was. Lines for tasks the catalogue does
 * not have (a task removed from its BPMN file since) are not an error: they are returned as stale.
 */
public final class MappingLoader {

    /** What loading did: how many tasks got their mapping, and the lines that name no task of the catalogue. */
    public record LoadReport(int applied, List<StaleLine> stale) {
    }

    public record StaleLine(String file, int line, String process, String task, String taskName) {
    }

    private MappingLoader() {
    }

    public static LoadReport load(Catalogue catalogue, List<Path> files) {
        Map<Path, List<TaskMapping>> mappings = new LinkedHashMap<>();
        for (Path file : files) {
            mappings.put(file, MappingFile.read(file));
        }
        return apply(catalogue, mappings);
    }

    /** Applies mappings already read, by the file they come from (which names them in errors). */
    public static LoadReport apply(Catalogue catalogue, Map<Path, List<TaskMapping>> mappings) {
        List<Loaded> loaded = new ArrayList<>();
        mappings.forEach((file, lines) -> loaded.add(new Loaded(file, lines)));
        CatalogueLookup lookup = CatalogueLookup.of(catalogue);
        for (Loaded file : loaded) {
            for (TaskMapping mapping : file.mappings()) {
                check(mapping, lookup, file.path());
            }
        }
        Map<ProcessTasks.TaskKey, Task> tasks = ProcessTasks.byKey(catalogue);
        int applied = 0;
        List<StaleLine> stale = new ArrayList<>();
        for (Loaded file : loaded) {
            for (TaskMapping mapping : file.mappings()) {
                Task task = tasks.get(mapping.key());
                if (task == null) {
                    stale.add(new StaleLine(file.path().toString(), mapping.line(), mapping.process(), mapping.task(), mapping.taskName()));
                } else {
                    apply(mapping, task, lookup);
                    applied++;
                }
            }
        }
        return new LoadReport(applied, List.copyOf(stale));
    }

    private record Loaded(Path path, List<TaskMapping> mappings) {
    }

    private static void check(TaskMapping mapping, CatalogueLookup lookup, Path file) {
        for (String id : mapping.services()) {
            if (lookup.service(id) == null) {
                throw new InputException(file, mapping.line(), 0, "task " + mapping.key() + ": service '" + id + "' is "
                        + lookup.describe(id) + ", not a digital public service", null);
            }
        }
        for (String id : mapping.buildingBlocks()) {
            if (lookup.buildingBlock(id) == null) {
                throw new InputException(file, mapping.line(), 0, "task " + mapping.key() + ": building block '" + id + "' is "
                        + lookup.describe(id) + ", not an architecture building block", null);
            }
        }
        if (mapping.mapsNothing() && !mapping.hasNote()) {
            throw new InputException(file, mapping.line(), 0, "task " + mapping.key()
                    + " maps to no service and no building block: say why in the note column", null);
        }
    }

    private static void apply(TaskMapping mapping, Task task, CatalogueLookup lookup) {
        List<DigitalPublicService> services = mapping.services().stream().map(lookup::service).toList();
        List<ArchitectureBuildingBlock> blocks = mapping.buildingBlocks().stream().map(lookup::buildingBlock).toList();
        ECollections.setEList(task.getSupportingServices(), services);
        ECollections.setEList(task.getSupportingBuildingBlocks(), blocks);
        task.setMappingNote(mapping.note());
    }
}
