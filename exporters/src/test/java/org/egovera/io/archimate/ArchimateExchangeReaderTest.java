package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;

class ArchimateExchangeReaderTest {

    private final ArchimateExchangeReader reader = new ArchimateExchangeReader();

    @Test
    void propertiesAreNamedThroughDefinitionsDeclaredAtTheEnd() {
        ExchangeModel model = reader.read(fixture("definitions-last.xml"));
        ExchangeElement service = model.elementsById().get("id-a");
        assertEquals("eira:ArchitectureBuildingBlock", service.value("eira:concept"));
        assertEquals(List.of("Technical view - application"), service.values("eira:view"), "an empty value is no value");
        assertTrue(service.has("eira:view"));
        assertEquals("1.0", model.value("eira:version"));
        assertEquals(3, model.propertyDefinitions().size());
    }

    @Test
    void elementsKeepTypeNamesInEveryLanguageAndDocumentation() {
        ExchangeModel model = reader.read(fixture("definitions-last.xml"));
        ExchangeElement service = model.elements().get(0);
        assertEquals("ApplicationService", service.type());
        assertEquals("Data Exchange", service.name());
        assertEquals(List.of(new LangText("es", "Data Exchange"), new LangText("fr", "Échange de données")), service.names());
        assertEquals("Our own words.", LangText.firstText(service.documentation()));
        assertEquals("Requirement", model.elements().get(1).type(), "a prefixed xsi:type loses its prefix");
        assertTrue(service.line() > 0);
    }

    @Test
    void relationshipsKeepEndsAndFurtherAttributes() {
        ExchangeRelationship access = reader.read(fixture("definitions-last.xml")).relationships().get(0);
        assertEquals("Access", access.type());
        assertEquals("id-a", access.source());
        assertEquals("id-b", access.target());
        assertEquals(Map.of("accessType", "Read"), access.attributes());
    }

    @Test
    void organizationsAndViewsAreRead() {
        ExchangeModel model = reader.read(fixture("definitions-last.xml"));
        OrganizationItem folder = model.organizations().get(0);
        assertTrue(folder.isFolder());
        assertEquals("Application", folder.label());
        assertEquals("id-a", folder.items().get(0).identifierRef());
        ExchangeView view = model.views().get(0);
        assertEquals("Overview", view.name());
        assertEquals(List.of("id-a", "id-b"), view.elementRefs(), "nested nodes included");
        assertEquals(List.of("id-r"), view.relationshipRefs());
        assertNull(view.viewpoint());
    }

    @Test
    void doctypeIsRefusedWithItsPosition() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(fixture("with-doctype.xml")));
        assertTrue(failure.line() >= 1, failure.oneLine());
        assertTrue(failure.oneLine().startsWith(fixture("with-doctype.xml") + ":"), failure.oneLine());
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(fixture("truncated.xml")));
        assertEquals(6, failure.line(), failure.oneLine());
        assertTrue(failure.column() > 0);
        assertTrue(failure.getMessage().startsWith("malformed XML: "), failure.getMessage());
    }

    @Test
    void undeclaredPropertyDefinitionIsRefusedAtItsElement() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(fixture("undeclared-property.xml")));
        assertEquals(4, failure.line(), failure.oneLine());
        assertTrue(failure.getMessage().contains("'nowhere'"));
    }

    @Test
    void otherXmlIsNotTakenForAnExchangeFile() {
        InputException failure = assertThrows(InputException.class,
                () -> reader.read(new java.io.ByteArrayInputStream("<model/>".getBytes()), Path.of("plain.xml")));
        assertTrue(failure.getMessage().startsWith("not an ArchiMate exchange file"), failure.getMessage());
    }

    @Test
    void missingFileIsReported() {
        InputException failure = assertThrows(InputException.class, () -> reader.read(Path.of("no/such/file.xml")));
        assertEquals("no/such/file.xml: no such file", failure.oneLine());
    }

    static Path fixture(String name) {
        try {
            return Path.of(ArchimateExchangeReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
