package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.egovera.model.io.InputException;
import org.junit.jupiter.api.Test;

/** Input that must not be read: a one-line error with file, line and column, never a half-read model. */
class HostileInputTest {

    private static final String HEAD = "<?xml version=\"1.0\"?>\n";
    private static final String MODEL = "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"id-m\">\n";

    @Test
    void externalEntitiesAreRefused() {
        InputException e = refused(HEAD + "<!DOCTYPE model [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" + MODEL
                + "<name>&secret;</name></model>");
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE model [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n");
        InputException e = refused(HEAD + laughs + MODEL + "<name>&lol9;</name></model>");
        assertTrue(e.line() > 0 && e.column() > 0, e.oneLine());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        InputException e = refused(HEAD + MODEL + "<name>unclosed\n</model>");
        assertEquals(4, e.line(), "where the unclosed element is found out");
        assertTrue(e.column() > 0);
        assertTrue(e.oneLine().startsWith("memory.xml:4:"), e.oneLine());
    }

    @Test
    void undeclaredEntitiesAreRefused() {
        InputException e = refused(HEAD + MODEL + "<name>&nbsp;</name></model>");
        assertEquals(3, e.line());
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() {
        ExchangeModel model = Exchange.read((HEAD + MODEL + "<name>R&amp;D &#233;&#13;</name></model>").getBytes(StandardCharsets.UTF_8));
        assertEquals("R&D é\r", model.names().get(0).text());
    }

    @Test
    void danglingRelationshipEndsAreRefused() {
        InputException e = imported(HEAD + MODEL + "<elements>\n<element identifier=\"id-a\" xsi:type=\"BusinessActor\"><name>a</name></element>\n"
                + "</elements><relationships>\n<relationship identifier=\"id-r\" source=\"id-a\" target=\"id-nowhere\" xsi:type=\"Serving\"/>\n"
                + "</relationships></model>");
        assertTrue(e.getMessage().contains("id-nowhere"), e.getMessage());
        assertEquals(6, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void duplicateIdentifiersAreRefused() {
        InputException e = imported(HEAD + MODEL + "<elements>\n<element identifier=\"id-a\" xsi:type=\"BusinessActor\"><name>a</name></element>\n"
                + "<element identifier=\"id-a\" xsi:type=\"BusinessRole\"><name>b</name></element>\n</elements></model>");
        assertTrue(e.getMessage().contains("duplicate identifier 'id-a'"), e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void unknownElementTypesAreRefused() {
        InputException e = imported(HEAD + MODEL + "<elements>\n<element identifier=\"id-a\" xsi:type=\"Spaceship\"><name>a</name></element>\n</elements></model>");
        assertTrue(e.getMessage().contains("Spaceship"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void nodesOfUndeclaredElementsAreRefused() {
        InputException e = imported(HEAD + MODEL + "<views><diagrams>\n<view identifier=\"id-v\" xsi:type=\"Diagram\"><name>v</name>\n"
                + "<node identifier=\"n\" xsi:type=\"Element\" elementRef=\"id-ghost\" x=\"0\" y=\"0\" w=\"1\" h=\"1\"/>\n</view></diagrams></views></model>");
        assertTrue(e.getMessage().contains("id-ghost"), e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void otherDocumentsAreRefused() {
        InputException e = refused(HEAD + "<catalogue/>");
        assertTrue(e.getMessage().contains("not an ArchiMate exchange file"), e.getMessage());
    }

    private static InputException refused(String xml) {
        return assertThrows(InputException.class, () -> Exchange.read(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static InputException imported(String xml) {
        return assertThrows(InputException.class, () -> Exchange.importBytes(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
