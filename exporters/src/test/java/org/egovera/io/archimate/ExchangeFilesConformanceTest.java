package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exchange file of the kit, written by other tools and authors: it imports, the counts are
 * those the kit states, the export validates against the XSDs, and export -> import -> export is
 * stable.
 */
@ConformanceTest
class ExchangeFilesConformanceTest {

    private static ArchimateSchemaValidator schemas;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchemas() {
        schemas = ArchimateSchemaValidator.fromFolder(ConformanceData.resolve("archimate-xsd/3.1"));
    }

    /** file, elements, relationships, views, folders (kit README, sections 2 and 3) */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("archimate-examples/archi-Sample1.xml", 2, 1, 0, 0),
                Arguments.of("archimate-examples/archi-bendpoint.test.xml", 2, 2, 1, 0),
                Arguments.of("archimate-examples/OpenGroupXMLExchange-archisurance.xml", 120, 178, 17, 23),
                Arguments.of("archimate-examples/CM2ML-Example.xml", 27, 35, 1, 0),
                Arguments.of("archimate-examples/VNG-Omgevingswet-SWC.xml", 58, 86, 5, 93),
                Arguments.of("archimate-examples/ELAP-2.0.0-sat.xml", 502, 1036, 98, 14),
                Arguments.of("eira/EIRA-6.0.0.xml", 533, 788, 14, -1),
                Arguments.of("eira/EIRA-4.1.0.xml", 335, 645, 13, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importsWithTheStatedCountsAndExportsStablyAndValidly(String name, int elements, int relationships, int views, int folders)
            throws Exception {
        Path file = ConformanceData.resolve(name);
        ExchangeModel source = new ArchimateExchangeReader().read(file);
        ImportReport report = new ArchimateImporter().read(source);
        assertEquals(elements, report.elements(), name + ": elements");
        assertEquals(relationships, report.relationships() + report.links(), name + ": relationships");
        assertEquals(views, report.views(), name + ": views");
        if (folders >= 0) {
            assertEquals(folders, report.folders(), name + ": folders");
        }

        byte[] first = Exchange.write(report.catalogue(), ExportOptions.all());
        Path exported = dir.resolve("first.xml");
        Files.write(exported, first);
        List<ArchimateSchemaValidator.Problem> problems = schemas.validate(exported);
        assertTrue(problems.isEmpty(), name + ": " + problems);
        byte[] second = Exchange.write(Exchange.importBytes(first).catalogue(), ExportOptions.all());
        assertArrayEquals(first, second, name + ": export -> import -> export changed the file");

        ExchangeModel back = Exchange.read(first);
        assertEquals(source.names().get(0), back.names().get(0), name + ": model name and its language");
        assertEquals(source.metadata(), back.metadata(), name + ": metadata");
        ExchangeElement original = source.elements().get(source.elements().size() / 2);
        ExchangeElement kept = back.elementsById().get(original.identifier());
        assertEquals(original.names(), kept.names(), name + ": names of " + original.identifier());
        assertEquals(original.documentation().stream().map(LangText::text).toList(),
                kept.documentation().stream().map(LangText::text).toList(), name + ": documentation of " + original.identifier());
        if (!original.documentation().isEmpty() && original.documentation().get(0).lang() != null) {
            assertEquals(original.documentation(), kept.documentation(), name + ": language of the documentation");
        }
        assertEquals(original.properties().stream().map(p -> p.name() + "=" + PropertyCodec.rawValue(p)).sorted().toList(),
                kept.properties().stream().map(p -> p.name() + "=" + PropertyCodec.rawValue(p)).sorted().toList(),
                name + ": properties of " + original.identifier());
        for (ExchangeView view : source.views()) {
            ExchangeView copy = back.views().stream().filter(v -> v.identifier().equals(view.identifier())).findFirst().orElseThrow();
            assertEquals(view.nodes().stream().map(ExchangeFilesConformanceTest::withoutLine).toList(),
                    copy.nodes().stream().map(ExchangeFilesConformanceTest::withoutLine).toList(),
                    name + ": nodes of view " + view.identifier() + " keep their nesting, bounds and styles");
            assertEquals(view.connections().stream().map(c -> c.bendpoints()).toList(),
                    copy.connections().stream().map(c -> c.bendpoints()).toList(), name + ": bendpoints of " + view.identifier());
        }
    }

    private static ExchangeNode withoutLine(ExchangeNode node) {
        return new ExchangeNode(node.identifier(), node.type(), node.elementRef(), node.labels(), node.documentation(), node.x(),
                node.y(), node.width(), node.height(), node.style(), node.viewRefs(),
                node.nodes().stream().map(ExchangeFilesConformanceTest::withoutLine).toList(), 0);
    }
}
