package org.egovera.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.LangString;
import org.egovera.model.PolicyDomain;

/**
 * The catalogue's services and domain ABBs as an in-memory Lucene index: one document each, with its
 * name, synonyms (the element's labels), description and context (capabilities a service realises, the
 * area and EIRA block an ABB specialises). The analysed terms of each field are kept to explain matches.
 */
final class CandidateIndex implements AutoCloseable {

    /** The fields, with the weight a match in each carries. */
    enum Field {
        NAME("name", 3f), SYNONYMS("synonyms", 2f), DESCRIPTION("description", 1f), CONTEXT("context", 0.5f);

        final String name;
        final float boost;

        Field(String name, float boost) {
            this.name = name;
            this.boost = boost;
        }
    }

    static final String KIND = "kind";
    private static final String ORDINAL = "ordinal";

    record Candidate(Element element, Suggestion.Kind kind, Map<Field, Set<String>> terms) {
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<Candidate> candidates = new ArrayList<>();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    CandidateIndex(Catalogue catalogue, Predicate<PolicyDomain> domains) {
        Analyzer analyzer = MatchAnalyzers.index();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (PolicyDomain domain : catalogue.getPolicyDomains()) {
                if (!domains.test(domain)) {
                    continue;
                }
                for (DigitalPublicService service : domain.getServices()) {
                    add(writer, analyzer, service, Suggestion.Kind.SERVICE,
                            service.getRealises().stream().map(DigitalBusinessCapability::getName));
                }
                for (ArchitectureBuildingBlock block : domain.getBuildingBlocks()) {
                    add(writer, analyzer, block, Suggestion.Kind.BUILDING_BLOCK,
                            Stream.of(block.getArea(), block.getSpecialises() == null ? null : block.getSpecialises().getName()));
                }
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    private void add(IndexWriter writer, Analyzer analyzer, Element element, Suggestion.Kind kind, Stream<String> context) throws IOException {
        Map<Field, String> texts = new EnumMap<>(Field.class);
        texts.put(Field.NAME, element.getName());
        texts.put(Field.SYNONYMS, element.getLabels().stream().map(LangString::getValue).collect(Collectors.joining(" . ")));
        texts.put(Field.DESCRIPTION, element.getDescription());
        texts.put(Field.CONTEXT, context.filter(text -> text != null).collect(Collectors.joining(" . ")));
        Document document = new Document();
        document.add(new StringField(KIND, kind.name(), Store.NO));
        document.add(new StoredField(ORDINAL, candidates.size()));
        Map<Field, Set<String>> terms = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String text = texts.get(field) == null ? "" : texts.get(field);
            document.add(new TextField(field.name, text, Store.NO));
            terms.put(field, terms(analyzer, field.name, text));
        }
        writer.addDocument(document);
        candidates.add(new Candidate(element, kind, terms));
    }

    static Set<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Candidate candidate(int documentId) throws IOException {
        int ordinal = searcher.storedFields().document(documentId).getField(ORDINAL).numericValue().intValue();
        return candidates.get(ordinal);
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
