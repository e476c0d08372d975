package org.egovera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Task;
import org.egovera.model.TaskKind;
import org.junit.jupiter.api.Test;

class MappingSuggesterTest {

    @Test
    void theTaxVocabularyLinksVatAndIdentityToTheServicesThatNameThemOtherwise() {
        Catalogue catalogue = catalogueWithTasks();
        List<Suggestion> suggestions = MappingSuggester.suggest(catalogue, MappingSuggester.Options.DEFAULT);
        Suggestion vat = first(suggestions, "CalcVat", Suggestion.Kind.SERVICE);
        assertEquals("DPS2", vat.candidate());
        assertTrue(vat.reason().contains("name: Calculate, VAT (synonym)"), vat.reason());
        Suggestion identity = first(suggestions, "CheckId", Suggestion.Kind.SERVICE);
        assertEquals("DPS3", identity.candidate());
        assertTrue(identity.reason().contains("identity (synonym)"), identity.reason());
        Suggestion exchange = first(suggestions, "Exchange", Suggestion.Kind.BUILDING_BLOCK);
        assertEquals("ABB1", exchange.candidate());
    }

    @Test
    void mappedTasksGetNoSuggestionUnlessAsked() {
        Catalogue catalogue = catalogueWithTasks();
        Task vat = task(catalogue, "CalcVat");
        vat.setMappingNote("reviewed: no support");
        assertTrue(MappingSuggester.suggest(catalogue, MappingSuggester.Options.DEFAULT).stream().noneMatch(s -> s.task().equals("CalcVat")));
        MappingSuggester.Options all = new MappingSuggester.Options(3, 1.0, Set.of(), true);
        assertTrue(MappingSuggester.suggest(catalogue, all).stream().anyMatch(s -> s.task().equals("CalcVat")));
    }

    @Test
    void scoresFallBestFirstAndStayAboveTheFloor() {
        Catalogue catalogue = catalogueWithTasks();
        MappingSuggester.Options options = new MappingSuggester.Options(5, 2.0, Set.of(), false);
        List<Suggestion> suggestions = MappingSuggester.suggest(catalogue, options);
        for (int i = 1; i < suggestions.size(); i++) {
            Suggestion previous = suggestions.get(i - 1);
            Suggestion next = suggestions.get(i);
            if (previous.task().equals(next.task()) && previous.kind() == next.kind()) {
                assertTrue(previous.score() >= next.score(), previous + " before " + next);
                assertEquals(previous.rank() + 1, next.rank());
            }
        }
        assertTrue(suggestions.stream().allMatch(suggestion -> suggestion.score() >= 2.0));
    }

    @Test
    void aDomainFilterKeepsOtherDomainsOut() {
        Catalogue catalogue = catalogueWithTasks();
        MappingSuggester.Options healthOnly = new MappingSuggester.Options(3, 0.0, Set.of("health"), false);
        assertTrue(MappingSuggester.suggest(catalogue, healthOnly).isEmpty());
    }

    private static Catalogue catalogueWithTasks() {
        Catalogue catalogue = MappingFixtures.catalogueWithRegistration();
        PolicyDomain tax = catalogue.getPolicyDomains().get(0);
        tax.getServices().add(service("DPS2", "Value Added Tax calculation and payment", "Compute and collect the VAT a business owes."));
        tax.getServices().add(service("DPS3", "eIdentification", "Let people and businesses prove who they are online."));
        tax.getServices().add(service("DPS4", "Tax calendar", "Publish the deadlines of the tax year."));
        var process = catalogue.getProcesses().get(0);
        process.getTasks().add(task("CalcVat", "Calculate the VAT due"));
        process.getTasks().add(task("CheckId", "Verify the applicant's identity"));
        process.getTasks().add(task("Exchange", "Exchange tax information with the partner administration"));
        return catalogue;
    }

    private static DigitalPublicService service(String id, String name, String description) {
        DigitalPublicService service = EgoveraFactory.eINSTANCE.createDigitalPublicService();
        service.setId(id);
        service.setName(name);
        service.setDescription(description);
        return service;
    }

    private static Task task(String id, String name) {
        Task task = EgoveraFactory.eINSTANCE.createTask();
        task.setId("bpmn.Reg." + id);
        task.setBpmnId(id);
        task.setName(name);
        task.setKind(TaskKind.USER);
        return task;
    }

    private static Task task(Catalogue catalogue, String bpmnId) {
        return ProcessTasks.byKey(catalogue).get(new ProcessTasks.TaskKey("Reg", bpmnId));
    }

    private static Suggestion first(List<Suggestion> suggestions, String task, Suggestion.Kind kind) {
        return suggestions.stream().filter(s -> s.task().equals(task) && s.kind() == kind && s.rank() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " suggestion for " + task + " in " + suggestions));
    }
}
