package org.egovera.io.eira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.io.archimate.ArchimateExchangeReader;
import org.egovera.io.egoverajson.AreaCrosswalk;
import org.egovera.io.egoverajson.ImportSources;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The EIRA library of the shipped catalogue against the EIRA files themselves, read with a plain DOM parser. */
@ConformanceTest
class EiraLibraryConformanceTest {

    private static final String NS = ArchimateExchangeReader.NAMESPACE;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Test
    void everyLibraryBlockMatchesEira600ByPuriAndArchimateType() throws Exception {
        Map<String, Element> abbs = architectureBuildingBlocks(parse("eira/EIRA-6.0.0.xml"));
        Catalogue catalogue = ShippedCatalogue.load();
        assertEquals(abbs.size(), catalogue.getEiraLibrary().size());
        assertEquals(355, abbs.size());
        for (ArchitectureBuildingBlock block : catalogue.getEiraLibrary()) {
            Element source = abbs.get(block.getProvenance().getSourceId());
            assertNotNull(source, block.getId());
            assertEquals(source.getAttributeNS(XSI, "type"), block.getArchimateType().getLiteral(), block.getId());
            assertEquals(firstValue(source, "eira:PURI"), block.getPersistentUri(), block.getId());
            assertEquals(firstText(source, "name").strip(), block.getName(), block.getId());
        }
    }

    @Test
    void everyCrosswalkRowNamesBlocksOfBothEiraReleases() throws Exception {
        AreaCrosswalk crosswalk = AreaCrosswalk.read(ImportSources.withShippedFiles(List.of(), null).crosswalk());
        Map<String, Element> eira6 = architectureBuildingBlocks(parse("eira/EIRA-6.0.0.xml"));
        Map<String, String> nameByPuri = new HashMap<>();
        eira6.values().forEach(element -> nameByPuri.putIfAbsent(firstValue(element, "eira:PURI"), firstText(element, "name").strip()));
        Set<String> eira41Names = names(parse("eira/EIRA-4.1.0.xml"));
        for (AreaCrosswalk.Entry entry : crosswalk.entries()) {
            assertEquals(entry.eiraName(), nameByPuri.get(entry.eiraPuri()), entry.area());
            assertTrue(entry.eira41Name().isEmpty() || eira41Names.contains(entry.eira41Name()), entry.area() + ": " + entry.eira41Name());
        }
    }

    private static Map<String, Element> architectureBuildingBlocks(Document document) {
        Map<String, String> definitions = new HashMap<>();
        NodeList definitionNodes = document.getElementsByTagNameNS(NS, "propertyDefinition");
        for (int i = 0; i < definitionNodes.getLength(); i++) {
            Element definition = (Element) definitionNodes.item(i);
            definitions.put(definition.getAttribute("identifier"), firstText(definition, "name").strip());
        }
        Map<String, Element> blocks = new HashMap<>();
        NodeList elements = ((Element) document.getElementsByTagNameNS(NS, "elements").item(0)).getElementsByTagNameNS(NS, "element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            element.setUserData("definitions", definitions, null);
            if ("eira:ArchitectureBuildingBlock".equals(firstValue(element, "eira:concept"))) {
                blocks.put(element.getAttribute("identifier"), element);
            }
        }
        return blocks;
    }

    @SuppressWarnings("unchecked")
    private static String firstValue(Element element, String propertyName) {
        Map<String, String> definitions = (Map<String, String>) element.getUserData("definitions");
        NodeList properties = element.getElementsByTagNameNS(NS, "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (propertyName.equals(definitions.get(property.getAttribute("propertyDefinitionRef")))) {
                String value = firstText(property, "value").strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String firstText(Element element, String child) {
        NodeList nodes = element.getElementsByTagNameNS(NS, child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static Set<String> names(Document document) {
        NodeList elements = ((Element) document.getElementsByTagNameNS(NS, "elements").item(0)).getElementsByTagNameNS(NS, "element");
        return java.util.stream.IntStream.range(0, elements.getLength())
                .mapToObj(i -> firstText((Element) elements.item(i), "name").strip()).collect(Collectors.toSet());
    }

    private static Document parse(String relative) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(ConformanceData.resolve(relative).toFile());
    }
}
