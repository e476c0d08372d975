package org.egovera.io.egoverajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.io.support.Names;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;
import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every link of the public JSON whose two ends exist is in the shipped catalogue. The JSON is read
 * here with plain Jackson, independently of the importer.
 */
@ConformanceTest
class SourceLinksConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Catalogue catalogue;
    private static Map<String, Element> byId;

    @BeforeAll
    static void load() {
        catalogue = ShippedCatalogue.load();
        byId = new HashMap<>();
        catalogue.eAllContents().forEachRemaining(object -> {
            if (object instanceof Element element) {
                byId.put(element.getId(), element);
            }
        });
    }

    @Test
    void everyResolvableLinkOfThe2021ReleaseIsPresent() throws IOException {
        JsonNode capabilities = read("egovera-portal-2021-09-17-DBC.json");
        JsonNode services = read("egovera-portal-2021-09-17-DPS.json");
        JsonNode blocks = read("egovera-portal-2021-09-17-ABB.json");
        Set<String> capabilityIds = ids(capabilities);
        Set<String> serviceIds = ids(services);
        Set<String> blockIds = ids(blocks);
        int links = 0;
        for (JsonNode service : services) {
            DigitalPublicService element = (DigitalPublicService) byId.get(service.get("ID").asText());
            for (String capability : split(service, "Digital_Business_Capability")) {
                if (capabilityIds.contains(capability)) {
                    assertTrue(element.getRealises().contains(byId.get(capability)), element.getId() + " realises " + capability);
                    links++;
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode block : blocks) {
            String id = block.get("ID").asText();
            int occurrence = seen.merge(id, 1, Integer::sum);
            ArchitectureBuildingBlock element = (ArchitectureBuildingBlock) byId.get(occurrence == 1 ? id : id + "-" + occurrence);
            assertNotNull(element, id);
            for (String service : split(block, "Digital_Public_Service")) {
                if (serviceIds.contains(service)) {
                    assertTrue(element.getUsedBy().contains(byId.get(service)), element.getId() + " used by " + service);
                    links++;
                }
            }
            for (String successor : split(block, "successors")) {
                if (blockIds.contains(successor)) {
                    assertTrue(element.getSuccessors().contains(byId.get(successor)), element.getId() + " followed by " + successor);
                    links++;
                }
            }
        }
        assertTrue(links > 3000, "links checked: " + links);
    }

    @Test
    void everyResolvableLinkOfRelease6IsPresent() throws IOException {
        JsonNode capabilities = read("egovera-v6.0-DBC.json");
        JsonNode services = read("egovera-v6.0-DPS.json");
        JsonNode blocks = read("egovera-v6.0-ABB.json");
        Map<String, Element> holders = new HashMap<>();
        byId.values().forEach(element -> {
            if (element.getPersistentUri() != null) {
                holders.putIfAbsent(element.getPersistentUri(), element);
            }
        });
        int links = 0;
        Map<String, DigitalPublicService> firstServiceRecord = new HashMap<>();
        for (JsonNode service : services) {
            DigitalPublicService element = (DigitalPublicService) recordElement(service, "Name", domainElements(DigitalPublicService.class));
            firstServiceRecord.putIfAbsent(service.get("ID").asText(), element);
            for (JsonNode capability : service.get("Digital_Business_Capability")) {
                Element target = holders.get(capability.asText());
                if (target != null) {
                    assertTrue(element.getRealises().contains(target), element.getId() + " realises " + capability.asText());
                    links++;
                }
            }
        }
        for (JsonNode capability : capabilities) {
            DigitalBusinessCapability element = (DigitalBusinessCapability) holders.get(capability.get("ID").asText());
            assertNotNull(element, capability.get("ID").asText());
            for (JsonNode reference : capability.get("Digital_Public_Services")) {
                Element service = serviceNamed(services, reference, holders);
                if (service != null) {
                    assertTrue(element.getRealisedBy().contains(service), element.getId() + " realised by " + service.getId());
                    links++;
                }
            }
        }
        Map<String, Element> firstBlockRecord = new HashMap<>();
        List<Element> recordBlocks = new ArrayList<>();
        for (JsonNode block : blocks) {
            String uri = block.get("ID").asText();
            Element element = catalogue.getEiraLibrary().stream().filter(eira -> uri.equals(eira.getPersistentUri()))
                    .map(Element.class::cast).findFirst()
                    .orElseGet(() -> recordElement(block, "Architecture_Building_Block", domainElements(ArchitectureBuildingBlock.class)));
            firstBlockRecord.putIfAbsent(uri, element);
            recordBlocks.add(element);
        }
        for (int i = 0; i < blocks.size(); i++) {
            ArchitectureBuildingBlock element = (ArchitectureBuildingBlock) recordBlocks.get(i);
            for (JsonNode service : blocks.get(i).get("Digital_Public_Service")) {
                Element target = holders.get(service.asText()) instanceof DigitalPublicService holder ? holder
                        : firstServiceRecord.get(service.asText());
                if (target != null) {
                    assertTrue(element.getUsedBy().contains(target), element.getId() + " used by " + target.getId());
                    links++;
                }
            }
            for (JsonNode successor : blocks.get(i).get("successors")) {
                Element target = firstBlockRecord.get(successor.asText());
                if (target != null && target != element) {
                    assertTrue(element.getSuccessors().contains(target), element.getId() + " followed by " + target.getId());
                    links++;
                }
            }
        }
        assertEquals(61, recordBlocks.size());
        assertTrue(links > 3000, "links checked: " + links);
    }

    /** The element a 6.0 record became or was matched to: the same identifier, the same name. */
    private static Element recordElement(JsonNode record, String nameField, List<? extends Element> candidates) {
        String id = record.get("ID").asText();
        String name = Names.clean(record.get(nameField).asText());
        List<Element> found = new ArrayList<>();
        for (Element element : candidates) {
            boolean sameId = id.equals(Elements.property(element, Elements.RELEASE_6_ID))
                    || "eGovERA 6.0".equals(element.getProvenance().getRelease()) && id.equals(element.getProvenance().getSourceId());
            boolean sameName = name.equals(element.getName()) || name.equals(Elements.property(element, "egovera6:name"));
            if (sameId && sameName) {
                found.add(element);
            }
        }
        assertEquals(1, found.size(), "elements of the 6.0 record " + id + " '" + name + "': " + found.stream().map(Element::getId).toList());
        return found.get(0);
    }

    /** A capabilities-file reference: the services-file record of that URI and name, else whatever holds the URI. */
    private static Element serviceNamed(JsonNode services, JsonNode reference, Map<String, Element> holders) {
        String uri = reference.get("ID").asText();
        for (JsonNode service : services) {
            if (uri.equals(service.get("ID").asText())
                    && ReleaseNames.key(service.get("Name").asText()).equals(ReleaseNames.key(reference.get("Name").asText()))) {
                return recordElement(service, "Name", domainElements(DigitalPublicService.class));
            }
        }
        return holders.get(uri) instanceof DigitalPublicService holder ? holder : null;
    }

    private static <E extends Element> List<E> domainElements(Class<E> kind) {
        List<E> elements = new ArrayList<>();
        for (PolicyDomain domain : catalogue.getPolicyDomains()) {
            domain.eContents().stream().filter(kind::isInstance).map(kind::cast).forEach(elements::add);
        }
        return elements;
    }

    private static List<String> split(JsonNode record, String field) {
        JsonNode value = record.get(field);
        List<String> parts = new ArrayList<>();
        if (value != null) {
            for (String part : value.asText().split(";")) {
                if (!part.isBlank() && !"0".equals(part.strip())) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static Set<String> ids(JsonNode records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.get("ID").asText()));
        return ids;
    }

    private static JsonNode read(String file) throws IOException {
        Path path = ConformanceData.resolve("egovera/" + file);
        return Objects.requireNonNull(JSON.readTree(path.toFile()));
    }
}
