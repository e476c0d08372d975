package org.egovera.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.egovera.model.Catalogue;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.io.CatalogueStore;
import org.junit.jupiter.api.Test;

class XmiStreamWriterTest {

    @Test
    void textThatNeedsEscapingSurvivesARoundTripAsEmfWritesIt() throws IOException {
        String description = "Quotes \"here\", <tags> & ampersands,\na new line and\ta tab";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiStreamWriter xmi = new XmiStreamWriter(out);
        xmi.startDocument(new XmiRecord(Literals.CATALOGUE).set(Literals.ELEMENT__ID, "c"));
        xmi.start(Literals.CATALOGUE__POLICY_DOMAINS, new XmiRecord(Literals.POLICY_DOMAIN).set(Literals.ELEMENT__ID, "d"));
        xmi.element(Literals.POLICY_DOMAIN__SERVICES, new XmiRecord(Literals.DIGITAL_PUBLIC_SERVICE)
                .set(Literals.ELEMENT__ID, "s").set(Literals.ELEMENT__DESCRIPTION, description)
                .set(Literals.DIGITAL_PUBLIC_SERVICE__AUDIENCE, List.of(org.egovera.model.Audience.CITIZENS)));
        xmi.end();
        xmi.element(Literals.CATALOGUE__ACTORS, new XmiRecord(Literals.ACTOR_CLASS).set(Literals.ELEMENT__ID, "a"));
        xmi.endDocument();

        Catalogue catalogue = CatalogueStore.read(new java.io.ByteArrayInputStream(out.toByteArray()), Path.of("t.egovera"));
        DigitalPublicService service = catalogue.getPolicyDomains().get(0).getServices().get(0);
        assertEquals(description, service.getDescription());
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        CatalogueStore.write(catalogue, saved);
        assertEquals(saved.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void childrenOutOfTheMetamodelsOrderAreRefused() throws IOException {
        XmiStreamWriter xmi = new XmiStreamWriter(java.io.OutputStream.nullOutputStream());
        xmi.startDocument(new XmiRecord(Literals.CATALOGUE).set(Literals.ELEMENT__ID, "c"));
        xmi.element(Literals.CATALOGUE__PROCESSES, new XmiRecord(Literals.BUSINESS_PROCESS).set(Literals.ELEMENT__ID, "p"));
        assertThrows(IllegalStateException.class, () -> xmi.element(Literals.CATALOGUE__ACTORS,
                new XmiRecord(Literals.ACTOR_CLASS).set(Literals.ELEMENT__ID, "a")));
    }

    @Test
    void controlCharactersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> XmiStreamWriter.escape("bell\u0007", true));
    }
}
