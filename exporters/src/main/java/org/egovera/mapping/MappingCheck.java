package org.egovera.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.egovera.model.AbbStatus;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;
import org.egovera.mapping.MappingFinding.Code;

/**
 * Checks the mapping of tasks to services and ABBs: the one the catalogue holds, with the lines of the
 * given mapping files taking the place of what they map (without changing the catalogue).
 */
public final class MappingCheck {

    private MappingCheck() {
    }

    public static List<MappingFinding> check(Catalogue catalogue, List<Path> mappingFiles) {
        CatalogueLookup lookup = CatalogueLookup.of(catalogue);
        Map<ProcessTasks.TaskKey, Task> tasks = ProcessTasks.byKey(catalogue);
        Map<ProcessTasks.TaskKey, Located> lines = new HashMap<>();
        List<MappingFinding> findings = new ArrayList<>();
        for (Path file : mappingFiles) {
            for (TaskMapping mapping : MappingFile.read(file)) {
                lines.put(mapping.key(), new Located(mapping, file.toString()));
                checkLine(mapping, file.toString(), tasks.get(mapping.key()), lookup, findings);
            }
        }
        for (Map.Entry<ProcessTasks.TaskKey, Task> entry : tasks.entrySet()) {
            Located line = lines.get(entry.getKey());
            checkTask(entry.getKey(), entry.getValue(), line, lookup, findings);
        }
        return findings;
    }

    private record Located(TaskMapping mapping, String file) {
    }

    private static void checkLine(TaskMapping mapping, String file, Task task, CatalogueLookup lookup, List<MappingFinding> findings) {
        for (String id : mapping.services()) {
            if (lookup.service(id) == null) {
                findings.add(finding(Code.UNKNOWN_ID, mapping, file, "service '" + id + "' is " + lookup.describe(id)));
            }
        }
        for (String id : mapping.buildingBlocks()) {
            if (lookup.buildingBlock(id) == null) {
                findings.add(finding(Code.UNKNOWN_ID, mapping, file, "building block '" + id + "' is " + lookup.describe(id)));
            }
        }
        if (mapping.mapsNothing() && !mapping.hasNote()) {
            findings.add(finding(Code.EMPTY_WITHOUT_NOTE, mapping, file, "maps to nothing and gives no reason in the note"));
        }
        if (task == null) {
            findings.add(finding(Code.UNKNOWN_TASK, mapping, file, "no such task in the catalogue"
                    + (mapping.taskName() == null ? "" : " (it was '" + mapping.taskName() + "')")));
        } else if (mapping.taskName() != null && !Objects.equals(normalised(mapping.taskName()), normalised(task.getName()))) {
            findings.add(finding(Code.TASK_RENAMED, mapping, file, "reviewed as '" + mapping.taskName() + "', the task is now '"
                    + task.getName() + "'"));
        }
    }

    private static void checkTask(ProcessTasks.TaskKey key, Task task, Located line, CatalogueLookup lookup, List<MappingFinding> findings) {
        List<ArchitectureBuildingBlock> blocks;
        boolean mapped;
        if (line != null) {
            blocks = line.mapping().buildingBlocks().stream().map(lookup::buildingBlock).filter(Objects::nonNull).toList();
            mapped = !line.mapping().mapsNothing() || line.mapping().hasNote();
        } else {
            blocks = task.getSupportingBuildingBlocks();
            mapped = ProcessTasks.isMapped(task);
        }
        String file = line == null ? null : line.file();
        int lineNumber = line == null ? 0 : line.mapping().line();
        if (!mapped && line == null) {
            findings.add(new MappingFinding(Code.UNMAPPED, key.process(), key.task(),
                    "'" + ProcessTasks.label(task) + "' (" + task.getKind().getLiteral() + ") has no mapping", null, 0));
        }
        for (ArchitectureBuildingBlock block : blocks) {
            if (block.getStatus() == AbbStatus.OBSOLETE) {
                String successors = block.getSuccessors().isEmpty() ? ""
                        : "; successors: " + block.getSuccessors().stream().map(Element::getId).collect(Collectors.joining(", "));
                findings.add(new MappingFinding(Code.OBSOLETE_BLOCK, key.process(), key.task(),
                        "'" + ProcessTasks.label(task) + "' relies on obsolete building block " + block.getId() + " '"
                                + block.getName() + "'" + successors, file, lineNumber));
            }
        }
    }

    private static MappingFinding finding(Code code, TaskMapping mapping, String file, String message) {
        return new MappingFinding(code, mapping.process(), mapping.task(), "task " + mapping.key() + ": " + message, file, mapping.line());
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
