package org.egovera.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.egovera.model.Catalogue;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Task;

/**
 * Proposes services and ABBs for tasks by the words they share: the task's name (and, with less weight,
 * its documentation) against the candidates' names, synonyms, descriptions and context, through the tax
 * vocabulary's synonyms. It only proposes: the result is written for review, never into the catalogue.
 */
public final class MappingSuggester implements AutoCloseable {

    /**
     * How many candidates of each kind a task gets at most, the lowest score kept, the policy domains
     * searched (names or ids, any case; empty for all), and whether tasks that already have a mapping get
     * suggestions too.
     */
    public record Options(int perKind, double minScore, Set<String> domains, boolean includeMapped) {
        public static final Options DEFAULT = new Options(3, 1.0, Set.of(), false);
    }

    private static final float DOCUMENTATION_WEIGHT = 0.4f;
    private static final int MAX_QUERY_TERMS = 120;

    private final CandidateIndex index;
    private final Analyzer queryAnalyzer = MatchAnalyzers.query();
    private final Options options;

    public MappingSuggester(Catalogue catalogue, Options options) {
        this.options = options;
        this.index = new CandidateIndex(catalogue, inDomains(options.domains()));
    }

    /** Suggestions for every task of the catalogue that needs them, task by task. */
    public static List<Suggestion> suggest(Catalogue catalogue, Options options) {
        try (MappingSuggester suggester = new MappingSuggester(catalogue, options)) {
            List<Suggestion> suggestions = new ArrayList<>();
            for (Task task : ProcessTasks.all(catalogue)) {
                if (options.includeMapped() || !ProcessTasks.isMapped(task)) {
                    suggestions.addAll(suggester.suggestFor(task));
                }
            }
            return suggestions;
        }
    }

    /** The best candidates of each kind for one task, best first. */
    public List<Suggestion> suggestFor(Task task) {
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        collect(task.getName(), 1f, terms);
        collect(task.getDescription(), DOCUMENTATION_WEIGHT, terms);
        List<Suggestion> suggestions = new ArrayList<>();
        if (terms.isEmpty() || index.isEmpty()) {
            return suggestions;
        }
        for (Suggestion.Kind kind : Suggestion.Kind.values()) {
            suggestions.addAll(search(task, kind, terms));
        }
        return suggestions;
    }

    private List<Suggestion> search(Task task, Suggestion.Kind kind, Map<String, QueryTerm> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term(CandidateIndex.KIND, kind.name())), Occur.FILTER);
        BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
        for (QueryTerm term : terms.values()) {
            for (CandidateIndex.Field field : CandidateIndex.Field.values()) {
                anyTerm.add(new BoostQuery(new TermQuery(new Term(field.name, term.term())), field.boost * term.weight()), Occur.SHOULD);
            }
        }
        query.add(anyTerm.build(), Occur.MUST);
        List<Suggestion> found = new ArrayList<>();
        try {
            for (ScoreDoc hit : index.searcher().search(query.build(), options.perKind()).scoreDocs) {
                double score = Math.round(hit.score * 100) / 100.0;
                if (score < options.minScore()) {
                    break;
                }
                CandidateIndex.Candidate candidate = index.candidate(hit.doc);
                found.add(new Suggestion(ProcessTasks.topProcessOf(task).getBpmnId(), task.getBpmnId(), task.getName(),
                        found.size() + 1, kind, candidate.element().getId(), candidate.element().getName(), score,
                        reason(candidate, terms)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Which of the task's words matched in which of the candidate's fields. */
    private static String reason(CandidateIndex.Candidate candidate, Map<String, QueryTerm> terms) {
        List<String> parts = new ArrayList<>();
        for (CandidateIndex.Field field : CandidateIndex.Field.values()) {
            Set<String> words = new LinkedHashSet<>();
            for (QueryTerm term : terms.values()) {
                if (candidate.terms().get(field).contains(term.term())) {
                    words.add(term.word() + (term.synonym() ? " (synonym)" : ""));
                }
            }
            if (!words.isEmpty()) {
                parts.add(field.name + ": " + String.join(", ", words));
            }
        }
        return String.join("; ", parts);
    }

    private record QueryTerm(String term, String word, boolean synonym, float weight) {
    }

    private void collect(String text, float weight, Map<String, QueryTerm> terms) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream stream = queryAnalyzer.tokenStream(CandidateIndex.Field.NAME.name, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                String key = term.toString();
                QueryTerm earlier = terms.get(key);
                if (earlier == null || earlier.weight() < weight) {
                    boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                    String word = text.substring(offset.startOffset(), offset.endOffset());
                    terms.put(key, new QueryTerm(key, word, synonym, weight));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Predicate<PolicyDomain> inDomains(Set<String> domains) {
        if (domains.isEmpty()) {
            return domain -> true;
        }
        Set<String> wanted = new LinkedHashSet<>();
        domains.forEach(domain -> wanted.add(domain.toLowerCase(Locale.ROOT)));
        return domain -> (domain.getName() != null && wanted.contains(domain.getName().toLowerCase(Locale.ROOT)))
                || (domain.getId() != null && wanted.contains(domain.getId().toLowerCase(Locale.ROOT)));
    }

    @Override
    public void close() {
        index.close();
    }
}
