package org.egovera.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.egovera.mapping.MappingLoader;
import org.egovera.mapping.MappingSuggester;
import org.egovera.mapping.Suggestion;
import org.egovera.mapping.SuggestionFile;
import org.egovera.model.Catalogue;
import org.egovera.model.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Propose services and ABBs for unmapped tasks, with a score and the words that matched."
                + " Nothing is applied: review the suggestions and copy the ids you accept into a mapping file.",
        footer = { "", "The score is Lucene's BM25 relevance: compare it between the candidates of one task.",
                "Exit codes: 0 done, 2 unreadable input." })
final class MapSuggestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueInput input;

    @Option(names = "--mapping", paramLabel = "MAP.csv", description = "Mapping files whose tasks count as mapped (repeatable).")
    private List<Path> mappings = new ArrayList<>();

    @Option(names = { "-o", "--output" }, paramLabel = "SUGGESTIONS.csv", description = "Write the suggestions as CSV for review.")
    private Path output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3", description = "Candidates of each kind per task (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "1.0", description = "Lowest score kept (default: ${DEFAULT-VALUE}).")
    private double minScore;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "Search only this policy domain, by name or id (repeatable).")
    private List<String> domains = new ArrayList<>();

    @Option(names = "--all", description = "Suggest for mapped tasks too (to review a mapping).")
    private boolean all;

    @Mixin
    private JsonOutput json;

    @Override
    public Integer call() {
        Catalogue catalogue = input.load();
        if (!mappings.isEmpty()) {
            MappingLoader.load(catalogue, mappings);
        }
        MappingSuggester.Options options = new MappingSuggester.Options(Math.max(1, top), minScore, new LinkedHashSet<>(domains), all);
        List<Suggestion> suggestions = MappingSuggester.suggest(catalogue, options);
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            try {
                SuggestionFile.write(output, suggestions);
            } catch (IOException e) {
                throw new InputException(output, "cannot write: " + e.getMessage(), e);
            }
        }
        if (json.enabled()) {
            json.print(out, suggestions);
            return ExitCodes.SUCCESS;
        }
        Map<String, List<Suggestion>> byTask = new LinkedHashMap<>();
        suggestions.forEach(suggestion -> byTask.computeIfAbsent(suggestion.process() + "/" + suggestion.task(), key -> new ArrayList<>()).add(suggestion));
        if (output == null) {
            byTask.forEach((task, list) -> {
                out.printf("%s '%s'%n", task, list.get(0).taskName());
                for (Suggestion suggestion : list) {
                    out.printf("  %-14s %d  %-10s %6.2f  %s%n    %s%n", suggestion.kind().label(), suggestion.rank(), suggestion.candidate(),
                            suggestion.score(), suggestion.candidateName(), suggestion.reason());
                }
            });
        }
        out.printf("%d suggestion(s) for %d task(s)%s%n", suggestions.size(), byTask.size(), output == null ? "" : ", written to " + output);
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
