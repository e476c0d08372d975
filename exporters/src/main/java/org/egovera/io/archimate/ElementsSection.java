package org.egovera.io.archimate;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.egovera.model.io.Progress;

/** The {@code elements} section of an exchange file. */
final class ElementsSection {

    private static final int PROGRESS_STEP = 1024;

    private final XmlOut xml;
    private final Progress progress;

    ElementsSection(XmlOut xml, Progress progress) {
        this.xml = xml;
        this.progress = progress;
    }

    void write(List<ExchangeElement> elements) throws XMLStreamException {
        if (elements.isEmpty()) {
            return;
        }
        progress.start("Writing elements", elements.size());
        xml.start(ArchimateNames.ELEMENTS);
        int done = 0;
        for (ExchangeElement element : elements) {
            xml.start(ArchimateNames.ELEMENT);
            xml.attribute(ArchimateNames.IDENTIFIER, element.identifier());
            xml.xsiType(element.type());
            ArchimateExchangeWriter.names(xml, ArchimateNames.NAME, element.names());
            xml.texts(ArchimateNames.DOCUMENTATION, element.documentation());
            ArchimateExchangeWriter.properties(xml, element.properties());
            xml.end();
            if (++done % PROGRESS_STEP == 0) {
                progress.advance(PROGRESS_STEP);
            }
        }
        xml.end();
        progress.done();
    }
}
