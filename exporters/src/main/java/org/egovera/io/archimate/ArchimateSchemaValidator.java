package org.egovera.io.archimate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.egovera.model.io.InputException;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks exchange files against the Open Group's XSDs ({@code archimate3_Diagram.xsd} with
 * {@code dc.xsd}) read from a local folder. It never reaches the network: the W3C's
 * {@code xml.xsd}, which the schemas import by URL, is mapped to the copy in the same folder, and
 * DTDs are refused.
 */
public final class ArchimateSchemaValidator {

    /** The schema files the folder must hold. */
    public static final List<String> SCHEMA_FILES = List.of("archimate3_Diagram.xsd", "archimate3_View.xsd",
            "archimate3_Model.xsd", "dc.xsd", "xml.xsd");
    private static final String XML_XSD_URL = "http://www.w3.org/2001/xml.xsd";

    /** One violation of the schema. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    private final Schema schema;

    private ArchimateSchemaValidator(Schema schema) {
        this.schema = schema;
    }

    /** A validator over the XSDs in {@code folder}. */
    public static ArchimateSchemaValidator fromFolder(Path folder) {
        for (String file : SCHEMA_FILES) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new InputException(folder.resolve(file), "the ArchiMate schema folder lacks " + file);
            }
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setResourceResolver(new LocalResolver(folder));
            Source[] sources = {
                    new StreamSource(folder.resolve("archimate3_Diagram.xsd").toFile()),
                    new StreamSource(folder.resolve("dc.xsd").toFile()) };
            return new ArchimateSchemaValidator(factory.newSchema(sources));
        } catch (SAXException e) {
            throw new InputException(folder, "cannot load the ArchiMate schemas: " + e.getMessage(), e);
        }
    }

    public List<Problem> validate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Every violation of the schema in the document, in document order. */
    public List<Problem> validate(InputStream in, Path origin) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException e) {
            throw new IllegalStateException("the XML validator cannot be secured", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings of the schema validator are not violations
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(in, origin.toUri().toString()));
        } catch (SAXParseException e) {
            throw new InputException(origin, e.getLineNumber(), e.getColumnNumber(), "malformed XML: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InputException(origin, "cannot validate: " + e.getMessage(), e);
        }
        return problems;
    }

    /** Resolves the schemas' references to files of the folder; nothing is fetched. */
    private static final class LocalResolver implements LSResourceResolver {
        private final Path folder;

        LocalResolver(Path folder) {
            this.folder = folder;
        }

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String fileName = XML_XSD_URL.equals(systemId) ? "xml.xsd" : systemId.substring(systemId.lastIndexOf('/') + 1);
            Path local = folder.resolve(fileName);
            if (!Files.isRegularFile(local)) {
                return null;
            }
            return new LocalInput(local, publicId, systemId, baseUri);
        }
    }

    private record LocalInput(Path file, String publicId, String systemId, String baseURI) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSystemId() {
            return file.toUri().toString();
        }

        @Override
        public void setSystemId(String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return baseURI;
        }

        @Override
        public void setBaseURI(String baseURI) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
