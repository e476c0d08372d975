package org.egovera.io.bpmn;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.egovera.testing.ConformanceData;
import org.egovera.testing.ConformanceTest;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The sample processes are valid BPMN 2.0: checked against the OMG schemas of the conformance kit. */
@ConformanceTest
class SampleProcessesXsdTest {

    @Test
    void everySampleIsValidAgainstBpmn20Xsd() throws SAXException, IOException {
        Schema schema = bpmnSchema();
        for (String name : SampleProcesses.NAMES) {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            try (InputStream in = SampleProcessFilesTest.resource(name + ".bpmn")) {
                validator.validate(new StreamSource(in, name + ".bpmn"));
            } catch (SAXException e) {
                throw new AssertionError(name + ".bpmn is not valid BPMN 2.0: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void theSchemaRefusesAnInvalidFile() throws SAXException, IOException {
        Validator validator = bpmnSchema().newValidator();
        try (InputStream in = BpmnFixtures.class.getResourceAsStream("duplicate-id.bpmn")) {
            assertThrows(SAXException.class, () -> validator.validate(new StreamSource(in)));
        }
    }

    private static Schema bpmnSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(ConformanceData.resolve("bpmn/xsd/BPMN20.xsd").toFile());
    }
}
