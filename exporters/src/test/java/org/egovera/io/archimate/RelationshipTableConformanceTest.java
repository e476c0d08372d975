package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.egovera.testing.TestCatalogues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Our table against Archi's encoding of the specification's table (Archi refuses what its table forbids). */
@ConformanceTest
class RelationshipTableConformanceTest {

    private static final Map<String, Map<String, Set<RelationshipType>>> ARCHI = new HashMap<>();

    @BeforeAll
    static void readArchisTable() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<Character, RelationshipType> letters = new HashMap<>();
        Document keys = factory.newDocumentBuilder().parse(ConformanceData.resolve("archi/relationships-keys.xml").toFile());
        NodeList keyNodes = keys.getElementsByTagName("key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            Element key = (Element) keyNodes.item(i);
            String name = key.getAttribute("relationship").replace("Relationship", "");
            letters.put(key.getAttribute("char").charAt(0), RelationshipType.ofExchangeName(name));
        }
        Path file = ConformanceData.resolve("archi/relationships.xml");
        Document table = factory.newDocumentBuilder().parse(file.toFile());
        NodeList sources = table.getElementsByTagName("source");
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            NodeList targets = source.getElementsByTagName("target");
            for (int j = 0; j < targets.getLength(); j++) {
                Element target = (Element) targets.item(j);
                EnumSet<RelationshipType> allowed = EnumSet.noneOf(RelationshipType.class);
                for (char letter : target.getAttribute("relations").toCharArray()) {
                    allowed.add(letters.get(letter));
                }
                ARCHI.computeIfAbsent(source.getAttribute("concept"), k -> new HashMap<>()).put(target.getAttribute("concept"), allowed);
            }
        }
    }

    @Test
    void ourTableEqualsArchisForEveryPair() {
        RelationshipTable ours = RelationshipTable.standard();
        assertEquals(ARCHI.keySet(), ours.concepts(), "the same concepts");
        List<String> differences = new ArrayList<>();
        ARCHI.forEach((source, row) -> row.forEach((target, allowed) -> {
            if (!allowed.equals(ours.allowed(source, target))) {
                differences.add(source + " -> " + target + ": Archi " + allowed + ", ours " + ours.allowed(source, target));
            }
        }));
        assertTrue(differences.isEmpty(), differences.size() + " pairs differ: " + differences);
    }

    /** The pairs an export of ours writes, checked against Archi's table itself. */
    @Test
    void everyRelationshipWeWriteIsAllowedByArchi() {
        for (long seed = 1; seed <= 40; seed++) {
            check(new ArchimateExporter().toExchange(RandomCatalogues.generate(seed)), true);
        }
        check(new ArchimateExporter().toExchange(TestCatalogues.minimal()), false);
    }

    /** @param derivedOnly check only the relationships the exporter derives (random catalogues also hold arbitrary ones) */
    static void check(ExchangeModel model, boolean derivedOnly) {
        Map<String, String> types = Exchange.typesById(model);
        for (ExchangeRelationship relationship : model.relationships()) {
            if (derivedOnly && relationship.properties().stream().anyMatch(p -> p.name().equals(ArchimateNames.EGOVERA_ID))) {
                continue;
            }
            String source = concept(types.get(relationship.source()));
            String target = concept(types.get(relationship.target()));
            if (derivedOnly && (source.equals("Relationship") || target.equals("Relationship"))) {
                continue;
            }
            assertTrue(ARCHI.get(source).get(target).contains(RelationshipType.ofExchangeName(relationship.type())),
                    relationship.identifier() + ": " + relationship.type() + " " + source + " -> " + target);
        }
    }

    private static String concept(String type) {
        return type.endsWith("Junction") ? "Junction" : type;
    }
}
