package org.egovera.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The text analysis of mapping suggestions: English words, lower-cased, accents folded, stop words
 * dropped, Porter-stemmed. Queries add the tax vocabulary's synonyms ({@value #SYNONYMS}), applied after
 * stemming so that the file's base forms match every inflection.
 */
final class MatchAnalyzers {

    static final String SYNONYMS = "tax-synonyms.txt";

    private MatchAnalyzers() {
    }

    /** For the catalogue's names and descriptions. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmed(source));
            }
        };
    }

    /** For task names and documentation: as {@link #index()}, plus synonyms. */
    static Analyzer query() {
        SynonymMap synonyms = loadSynonyms();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(stemmed(source), synonyms, true));
            }
        };
    }

    private static TokenStream stemmed(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(stream);
    }

    private static SynonymMap loadSynonyms() {
        try (InputStream in = MatchAnalyzers.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("the synonym table " + SYNONYMS + " is missing from the classpath");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, index());
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the synonym table " + SYNONYMS + " is malformed: " + e.getMessage(), e);
        }
    }
}
