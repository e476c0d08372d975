package org.egovera.io.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.EiraView;
import org.egovera.model.LangString;
import org.egovera.model.PolicyDomain;
import org.egovera.model.Property;
import org.egovera.model.io.Progress;
import org.egovera.testing.TestCatalogues;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * Generated catalogues survive the round trip in every syntax: arbitrary texts (any character XML can
 * carry), identifiers that need escaping in IRIs, views, language tags and free properties.
 */
class RdfRoundTripProperties {

    @net.jqwik.api.Property(tries = 60)
    void generatedCataloguesSurviveEverySyntax(@ForAll RdfSyntax syntax, @ForAll("texts") String name,
            @ForAll("texts") String description, @ForAll @Size(min = 1, max = 6) @UniqueElements List<@net.jqwik.api.From("ids") String> ids,
            @ForAll EiraView view, @ForAll("languages") String language) {
        Catalogue original = TestCatalogues.minimal();
        PolicyDomain domain = original.getPolicyDomains().get(0);
        DigitalPublicService service = domain.getServices().get(0);
        for (String id : ids) {
            ArchitectureBuildingBlock block = EgoveraFactory.eINSTANCE.createArchitectureBuildingBlock();
            block.setId("gen " + id);
            block.setName(name);
            block.setDescription(description);
            block.setView(view);
            LangString label = EgoveraFactory.eINSTANCE.createLangString();
            label.setLang(language);
            label.setValue(description);
            block.getLabels().add(label);
            Property property = EgoveraFactory.eINSTANCE.createProperty();
            property.setKey(name);
            property.setValue(id);
            block.getProperties().add(property);
            domain.getBuildingBlocks().add(block);
            service.getUses().add(block);
        }
        service.setDescription(description);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.write(original, syntax, ExportOptions.defaults(), out, Progress.NONE);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(syntax.language())
                .parse(StreamRDFLib.dataset(parsed));
        Graph graph = RdfParsing.union(parsed);
        assertTrue(RdfExporter.graph(original, ExportOptions.defaults()).isIsomorphicWith(graph), syntax.formatName());

        Catalogue imported = RdfImporter.fromGraph(graph, java.nio.file.Path.of("generated")).catalogue();
        Catalogue expected = EcoreUtil.copy(original);
        CanonicalOrder.apply(expected);
        assertTrue(EcoreUtil.equals(expected, imported), () -> syntax.formatName() + ": " + difference(expected, imported));
    }

    @Provide
    Arbitrary<String> texts() {
        // every character XML 1.0 allows, tabs and line breaks included, surrogate pairs for scripts beyond the BMP
        Arbitrary<Character> xmlChars = Arbitraries.chars().range(' ', '\uD7FF').with('\t', '\n', '\r');
        Arbitrary<String> plain = xmlChars.list().ofMaxSize(40).map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
        return Arbitraries.oneOf(plain, Arbitraries.of("\"quoted\" <tag> & \\ back", "税务 😀 Ελληνικά", "line\nbreak\ttab"));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('/', '#', '%', ' ', 'é', '.', '-').ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "fr", "de-AT", "el", "zh-Hant");
    }

    private static String difference(Catalogue expected, Catalogue actual) {
        try {
            return RdfRoundTripTest.firstDifference(expected, actual);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
