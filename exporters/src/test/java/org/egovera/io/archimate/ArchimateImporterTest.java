package org.egovera.io.archimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.egovera.model.ArchimateElement;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EiraView;
import org.egovera.model.Relationship;
import org.egovera.model.SolutionBuildingBlock;
import org.egovera.model.View;
import org.egovera.model.ViewNode;
import org.junit.jupiter.api.Test;

class ArchimateImporterTest {

    /** A model as another tool writes it: Spanish names, EIRA properties, a view, folders, a forbidden relationship. */
    private static final String FOREIGN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">
              <name xml:lang="es">Modelo</name>
              <elements>
                <element identifier="id-abb" xsi:type="ApplicationService">
                  <name xml:lang="es">Data Exchange</name>
                  <documentation xml:lang="es">Exchange of data &amp; more</documentation>
                  <properties>
                    <property propertyDefinitionRef="p-type"><value xml:lang="es">eira:DataExchangeApplicationService</value></property>
                    <property propertyDefinitionRef="p-concept"><value xml:lang="es">eira:ArchitectureBuildingBlock</value></property>
                    <property propertyDefinitionRef="p-puri"><value xml:lang="es">http://data.europa.eu/dr8/DataExchangeApplicationService</value></property>
                    <property propertyDefinitionRef="p-view"><value xml:lang="es">Technical view - application</value></property>
                    <property propertyDefinitionRef="p-other"><value xml:lang="es">kept</value></property>
                  </properties>
                </element>
                <element identifier="id-sbb" xsi:type="ApplicationService">
                  <name xml:lang="es">Exchange hub</name>
                  <properties>
                    <property propertyDefinitionRef="p-concept"><value xml:lang="es">eira:SolutionBuildingBlock</value></property>
                    <property propertyDefinitionRef="p-abb"><value xml:lang="es">eira:DataExchangeApplicationService</value></property>
                  </properties>
                </element>
                <element identifier="id-st" xsi:type="Stakeholder"><name xml:lang="es">Citizens</name></element>
                <element identifier="id-role" xsi:type="BusinessRole"><name xml:lang="es">Citizen</name></element>
              </elements>
              <relationships>
                <relationship identifier="id-r1" source="id-st" target="id-role" xsi:type="Specialization"/>
                <relationship identifier="id-r2" source="id-sbb" target="id-abb" xsi:type="Association" isDirected="true">
                  <name xml:lang="es">implementa</name>
                </relationship>
              </relationships>
              <organizations>
                <item><label xml:lang="es">Application</label><item identifierRef="id-abb"/><item identifierRef="id-sbb"/></item>
                <item><label xml:lang="es">Views</label><item identifierRef="id-v"/></item>
              </organizations>
              <propertyDefinitions>
                <propertyDefinition identifier="p-type" type="string"><name>dct:type</name></propertyDefinition>
                <propertyDefinition identifier="p-concept" type="string"><name>eira:concept</name></propertyDefinition>
                <propertyDefinition identifier="p-puri" type="string"><name>eira:PURI</name></propertyDefinition>
                <propertyDefinition identifier="p-view" type="string"><name>eira:view</name></propertyDefinition>
                <propertyDefinition identifier="p-other" type="string"><name>eira:synonym</name></propertyDefinition>
                <propertyDefinition identifier="p-abb" type="string"><name>eira:ABB</name></propertyDefinition>
              </propertyDefinitions>
              <views>
                <diagrams>
                  <view identifier="id-v" xsi:type="Diagram">
                    <name xml:lang="es">Vista</name>
                    <node identifier="n1" xsi:type="Element" elementRef="id-st" x="10" y="20" w="120" h="55">
                      <style><fillColor r="255" g="255" b="181" a="100"/><font name="Segoe UI" size="9"><color r="0" g="0" b="0"/></font></style>
                      <node identifier="n2" xsi:type="Element" elementRef="id-role" x="20" y="40" w="80" h="30"/>
                    </node>
                    <connection identifier="c1" xsi:type="Relationship" relationshipRef="id-r1" source="n1" target="n2">
                      <bendpoint x="50" y="60"/>
                    </connection>
                  </view>
                </diagrams>
              </views>
            </model>
            """;

    @Test
    void eiraPropertiesMakeBuildingBlocksAndEverythingElseIsKept() {
        ImportReport report = imported();
        Catalogue catalogue = report.catalogue();
        assertEquals("es", catalogue.getLanguage());
        ArchitectureBuildingBlock block = catalogue.getEiraLibrary().get(0);
        assertEquals("id-abb", block.getId());
        assertEquals(ArchimateElementType.APPLICATION_SERVICE, block.getArchimateType());
        assertEquals("http://data.europa.eu/dr8/DataExchangeApplicationService", block.getPersistentUri());
        assertEquals(EiraView.TECHNICAL_APPLICATION, block.getView());
        assertEquals("Exchange of data & more", block.getDescription());
        assertEquals("eira:synonym", block.getProperties().get(0).getKey(), "unknown properties are kept");
        SolutionBuildingBlock solution = catalogue.getSolutionBuildingBlocks().get(0);
        assertEquals(block, solution.getImplements().get(0), "eira:ABB names the block the solution implements");
        ArchimateElement stakeholder = catalogue.getOtherElements().get(0);
        assertEquals(ArchimateElementType.STAKEHOLDER, stakeholder.getArchimateType());
    }

    @Test
    void forbiddenRelationshipsAreKeptWithAWarning() {
        ImportReport report = imported();
        Relationship forbidden = report.catalogue().getRelationships().get(0);
        assertEquals("Specialization", forbidden.getType());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("id-r1") && w.contains("not allowed")), report.warnings().toString());
        Relationship association = report.catalogue().getRelationships().get(1);
        assertEquals("implementa", association.getName());
        assertTrue(association.isDirected());
    }

    @Test
    void viewsKeepNestingPositionsStylesAndBendpoints() {
        Catalogue catalogue = imported().catalogue();
        View view = catalogue.getViews().get(0);
        assertEquals("Vista", view.getName());
        ViewNode outer = view.getNodes().get(0);
        assertEquals(10, outer.getX());
        assertEquals("255,255,181,100", outer.getStyle().getFillColor());
        assertEquals("0,0,0", outer.getStyle().getFontColor());
        ViewNode inner = outer.getNodes().get(0);
        assertEquals("Citizen", inner.getElement().getName());
        assertEquals(outer, view.getConnections().get(0).getSource());
        assertEquals(60, view.getConnections().get(0).getBendpoints().get(0).getY());
        assertEquals(catalogue.getRelationships().get(0), view.getConnections().get(0).getRelationship());
        assertEquals(2, catalogue.getFolders().size());
        assertEquals(view, catalogue.getFolders().get(1).getItems().get(0));
    }

    @Test
    void reexportKeepsTheForeignModelStable() {
        byte[] first = Exchange.write(imported().catalogue(), ExportOptions.all());
        byte[] second = Exchange.write(Exchange.importBytes(first).catalogue(), ExportOptions.all());
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
        ExchangeModel model = Exchange.read(first);
        assertEquals("es", model.names().get(0).lang());
        assertTrue(model.views().stream().anyMatch(view -> view.name().equals("Vista")));
        assertNull(model.value(ArchimateNames.EGOVERA_ID), "ids that are identifiers need no egovera:id");
    }

    private static ImportReport imported() {
        return Exchange.importBytes(FOREIGN.getBytes(StandardCharsets.UTF_8));
    }
}
