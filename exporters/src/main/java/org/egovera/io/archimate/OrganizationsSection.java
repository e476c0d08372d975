package org.egovera.io.archimate;

import java.util.List;

import javax.xml.stream.XMLStreamException;

/** The {@code organizations} section of an exchange file: the folder tree. */
final class OrganizationsSection {

    private final XmlOut xml;

    OrganizationsSection(XmlOut xml) {
        this.xml = xml;
    }

    void write(List<OrganizationItem> organizations) throws XMLStreamException {
        if (organizations.isEmpty()) {
            return;
        }
        xml.start(ArchimateNames.ORGANIZATIONS);
        for (OrganizationItem item : organizations) {
            item(item);
        }
        xml.end();
    }

    private void item(OrganizationItem item) throws XMLStreamException {
        if (!item.isFolder()) {
            xml.empty(ArchimateNames.ITEM);
            xml.attribute(ArchimateNames.IDENTIFIER_REF, item.identifierRef());
            return;
        }
        xml.start(ArchimateNames.ITEM);
        xml.attribute(ArchimateNames.IDENTIFIER, item.identifier());
        xml.texts(ArchimateNames.LABEL, item.labels());
        xml.texts(ArchimateNames.DOCUMENTATION, item.documentation());
        for (OrganizationItem child : item.items()) {
            item(child);
        }
        xml.end();
    }
}
