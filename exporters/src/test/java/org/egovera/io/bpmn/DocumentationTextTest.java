package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DocumentationTextTest {

    @Test
    void namesLoseLineBreaksAndDoubledSpaces() {
        assertEquals("Prepare Bank Transfer", DocumentationText.name("  Prepare\r\nBank\t\tTransfer \u00A0"));
        assertNull(DocumentationText.name(" \n "));
    }

    @Test
    void textKeepsLinesAndOneBlankLineBetweenParagraphs() {
        assertEquals("First line\nsecond line\n\nNew paragraph.",
                DocumentationText.of("  First   line\r\n  second line \n\n\n\n New paragraph.  ", null));
        assertNull(DocumentationText.of("\n \t \n", "text/plain"));
    }

    @Test
    void htmlLosesItsMarkup() {
        assertEquals("A very specific requirement & more.",
                DocumentationText.of("<p>A <b>very</b> specific requirement &amp; more.</p>", "text/html"));
    }
}
