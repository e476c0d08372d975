package org.egovera.io.archimate;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.egovera.model.io.Progress;

/** The {@code relationships} section of an exchange file. */
final class RelationshipsSection {

    private static final int PROGRESS_STEP = 1024;
    /** The attributes particular to some relationship types, in the order the schema lists them. */
    private static final List<String> TYPE_ATTRIBUTES = List.of(
            ArchimateNames.ACCESS_TYPE, ArchimateNames.MODIFIER, ArchimateNames.IS_DIRECTED);

    private final XmlOut xml;
    private final Progress progress;

    RelationshipsSection(XmlOut xml, Progress progress) {
        this.xml = xml;
        this.progress = progress;
    }

    void write(List<ExchangeRelationship> relationships) throws XMLStreamException {
        if (relationships.isEmpty()) {
            return;
        }
        progress.start("Writing relationships", relationships.size());
        xml.start(ArchimateNames.RELATIONSHIPS);
        int done = 0;
        for (ExchangeRelationship relationship : relationships) {
            xml.start(ArchimateNames.RELATIONSHIP);
            xml.attribute(ArchimateNames.IDENTIFIER, relationship.identifier());
            xml.attribute(ArchimateNames.SOURCE, relationship.source());
            xml.attribute(ArchimateNames.TARGET, relationship.target());
            xml.xsiType(relationship.type());
            Map<String, String> attributes = relationship.attributes();
            for (String attribute : TYPE_ATTRIBUTES) {
                xml.attribute(attribute, attributes.get(attribute));
            }
            xml.texts(ArchimateNames.NAME, relationship.names());
            xml.texts(ArchimateNames.DOCUMENTATION, relationship.documentation());
            ArchimateExchangeWriter.properties(xml, relationship.properties());
            xml.end();
            if (++done % PROGRESS_STEP == 0) {
                progress.advance(PROGRESS_STEP);
            }
        }
        xml.end();
        progress.done();
    }
}
