package org.egovera.io.bpmn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.BusinessProcess;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;
import org.egovera.model.io.InputException;
import org.egovera.model.io.Progress;

/**
 * Imports BPMN files into a catalogue. Every file is read and checked before the catalogue is touched, so
 * bad input leaves it as it was. A process whose BPMN id is already in the catalogue is updated in place:
 * tasks keep their mappings where their ids did not change, and the report names the tasks that went.
 */
public final class BpmnImporter {

    private BpmnImporter() {
    }

    public static ImportReport importFiles(Catalogue catalogue, List<Path> files, Progress progress) {
        List<BpmnDefinitions> definitions = new ArrayList<>();
        progress.start("Reading BPMN", files.size());
        for (Path file : files) {
            definitions.add(BpmnReader.read(file));
            progress.advance(1);
        }
        progress.done();
        return importDefinitions(catalogue, definitions);
    }

    public static ImportReport importDefinitions(Catalogue catalogue, List<BpmnDefinitions> definitions) {
        Map<String, BusinessProcess> existing = new HashMap<>();
        for (BusinessProcess process : catalogue.getProcesses()) {
            existing.putIfAbsent(process.getBpmnId(), process);
        }
        checkProcessesAreDistinct(definitions);
        checkIdsAreFree(catalogue, definitions, existing);

        List<ImportReport.FileSummary> files = new ArrayList<>();
        List<ImportReport.ProcessChange> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<EObject> leftOver = new ArrayList<>();
        Set<String> imported = new HashSet<>();
        ActorMatcher actors = new ActorMatcher(catalogue);
        for (BpmnDefinitions file : definitions) {
            files.add(summary(file));
            for (BpmnProcess source : file.processes()) {
                BusinessProcess before = existing.get(source.id());
                String previousFile = before == null ? null : before.getSourceFile();
                ProcessMerger merger = new ProcessMerger(file, actors);
                BusinessProcess process = merger.merge(source, before);
                if (before == null) {
                    catalogue.getProcesses().add(process);
                } else if (previousFile != null && !previousFile.equals(process.getSourceFile())) {
                    warnings.add("process '" + source.id() + "' was imported from " + previousFile + " and is now replaced from "
                            + process.getSourceFile());
                }
                changes.add(merger.change(process, before == null));
                leftOver.addAll(merger.leftOver());
                imported.add(source.id());
            }
        }
        detach(leftOver, catalogue);
        warnProcessesNoLongerInTheirFile(catalogue, definitions, warnings);
        for (Task call : CallLinker.link(catalogue)) {
            warnUnresolvedCall(call, definitions, imported, warnings);
        }
        return new ImportReport(List.copyOf(files), List.copyOf(changes), List.copyOf(warnings));
    }

    private static ImportReport.FileSummary summary(BpmnDefinitions file) {
        long calls = file.processes().stream().flatMap(BpmnProcess::allActivities).filter(BpmnTask::isCallActivity).count();
        long subProcesses = file.processes().stream().mapToLong(BpmnImporter::countSubProcesses).sum();
        return new ImportReport.FileSummary(file.file().toString(), file.exporter(), file.processes().size(),
                file.taskCount(), calls, subProcesses, file.laneCount());
    }

    private static long countSubProcesses(BpmnProcess process) {
        return process.subProcesses().size()
                + process.subProcesses().stream().mapToLong(BpmnImporter::countSubProcesses).sum();
    }

    /** Two files of one import defining the same process would make the result depend on their order. */
    private static void checkProcessesAreDistinct(List<BpmnDefinitions> definitions) {
        Map<String, Path> definedIn = new HashMap<>();
        for (BpmnDefinitions file : definitions) {
            for (BpmnProcess process : file.processes()) {
                Path earlier = definedIn.putIfAbsent(process.id(), file.file());
                if (earlier != null && !earlier.equals(file.file())) {
                    throw new InputException(file.file(), process.line(), 0,
                            "process '" + process.id() + "' is also defined in " + earlier + ", imported together", null);
                }
            }
        }
    }

    /** The ids the import will give must not belong to other catalogue elements. */
    private static void checkIdsAreFree(Catalogue catalogue, List<BpmnDefinitions> definitions,
            Map<String, BusinessProcess> existing) {
        Set<BusinessProcess> replaced = new HashSet<>();
        for (BpmnDefinitions file : definitions) {
            for (BpmnProcess process : file.processes()) {
                if (existing.containsKey(process.id())) {
                    replaced.add(existing.get(process.id()));
                }
            }
        }
        Map<String, Element> taken = new HashMap<>();
        for (TreeIterator<EObject> contents = catalogue.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof BusinessProcess process && replaced.contains(process)) {
                contents.prune();
            } else if (next instanceof Element element && element.getId() != null) {
                taken.put(element.getId(), element);
            }
        }
        for (BpmnDefinitions file : definitions) {
            for (BpmnProcess process : file.processes()) {
                String id = ProcessIds.process(process.id());
                checkFree(taken, id, file.file(), process.line());
                process.allActivities().forEach(task -> checkFree(taken, ProcessIds.nested(process.id(), task.id()), file.file(), task.line()));
                subProcesses(process).forEach(sub -> checkFree(taken, ProcessIds.nested(process.id(), sub.id()), file.file(), sub.line()));
            }
        }
    }

    private static Stream<BpmnProcess> subProcesses(BpmnProcess process) {
        return process.subProcesses().stream().flatMap(sub -> Stream.concat(Stream.of(sub), subProcesses(sub)));
    }

    private static void checkFree(Map<String, Element> taken, String id, Path file, int line) {
        Element holder = taken.get(id);
        if (holder != null) {
            throw new InputException(file, line, 0, "the catalogue id '" + id + "' this element would get is already used by a "
                    + holder.eClass().getName(), null);
        }
    }

    /** Removes every reference to objects that left the catalogue, so the saved file has no dangling link. */
    private static void detach(Collection<EObject> leftOver, Catalogue catalogue) {
        if (leftOver.isEmpty()) {
            return;
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(leftOver, catalogue);
        usages.forEach((target, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                EcoreUtil.remove(setting, target);
            }
        });
        for (EObject object : leftOver) {
            EcoreUtil.remove(object);
        }
    }

    /** A process its file no longer holds stays (with its mapping), but the reader should know. */
    private static void warnProcessesNoLongerInTheirFile(Catalogue catalogue, List<BpmnDefinitions> definitions, List<String> warnings) {
        for (BpmnDefinitions file : definitions) {
            String name = file.file().getFileName() == null ? file.file().toString() : file.file().getFileName().toString();
            Set<String> inFile = new HashSet<>();
            file.processes().forEach(process -> inFile.add(process.id()));
            for (BusinessProcess process : catalogue.getProcesses()) {
                if (name.equals(process.getSourceFile()) && !inFile.contains(process.getBpmnId())) {
                    warnings.add("process '" + process.getBpmnId() + "' was imported from " + name
                            + " but the file no longer has it; it stays in the catalogue with its mapping");
                }
            }
        }
    }

    private static void warnUnresolvedCall(Task call, List<BpmnDefinitions> definitions, Set<String> imported, List<String> warnings) {
        BusinessProcess top = topProcess(call);
        if (top == null || !imported.contains(top.getBpmnId())) {
            return;
        }
        String target = BpmnProperties.get(call, BpmnProperties.CALLED_ELEMENT).orElse(null);
        boolean globalTask = target != null && definitions.stream().anyMatch(file -> file.globalTaskIds().contains(target));
        if (globalTask) {
            return;
        }
        warnings.add("call activity '" + call.getBpmnId() + "' in process '" + top.getBpmnId() + "' calls "
                + (target == null ? "no element" : "'" + target + "', which is not in the catalogue (import its file to link it)"));
    }

    private static BusinessProcess topProcess(Task task) {
        EObject container = task.eContainer();
        BusinessProcess top = null;
        while (container instanceof BusinessProcess process) {
            top = process;
            container = process.eContainer();
        }
        return top;
    }
}
