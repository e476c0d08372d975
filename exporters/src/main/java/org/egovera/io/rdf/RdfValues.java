package org.egovera.io.rdf;

import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Attribute values as RDF literals and back. Enumerations are written as their literal (the text
 * the metamodel and the source data use, such as {@code Technical view - application}); Ecore's
 * numbers, booleans and dates get their XSD datatypes; everything else is a plain string.
 */
final class RdfValues {

    private static final Map<Class<?>, XSDDatatype> XSD_TYPES = Map.ofEntries(
            Map.entry(Boolean.class, XSDDatatype.XSDboolean),
            Map.entry(boolean.class, XSDDatatype.XSDboolean),
            Map.entry(Integer.class, XSDDatatype.XSDint),
            Map.entry(int.class, XSDDatatype.XSDint),
            Map.entry(Long.class, XSDDatatype.XSDlong),
            Map.entry(long.class, XSDDatatype.XSDlong),
            Map.entry(Double.class, XSDDatatype.XSDdouble),
            Map.entry(double.class, XSDDatatype.XSDdouble),
            Map.entry(java.math.BigDecimal.class, XSDDatatype.XSDdecimal),
            Map.entry(java.math.BigInteger.class, XSDDatatype.XSDinteger),
            Map.entry(java.util.Date.class, XSDDatatype.XSDdateTime));

    private RdfValues() {
    }

    /** The XSD datatype of an Ecore data type's literals (xsd:string for enumerations and strings). */
    static RDFDatatype datatype(EDataType type) {
        if (type instanceof EEnum) {
            return XSDDatatype.XSDstring;
        }
        XSDDatatype xsd = XSD_TYPES.get(type.getInstanceClass());
        return xsd == null ? XSDDatatype.XSDstring : xsd;
    }

    static Node literal(EDataType type, Object value) {
        if (value instanceof Enumerator enumerator) {
            return NodeFactory.createLiteralString(enumerator.getLiteral());
        }
        String lexical = EcoreUtil.convertToString(type, value);
        RDFDatatype datatype = datatype(type);
        return datatype == XSDDatatype.XSDstring ? NodeFactory.createLiteralString(lexical)
                : NodeFactory.createLiteralDT(lexical, datatype);
    }

    /**
     * The value of a literal for an attribute of this type.
     *
     * @throws IllegalArgumentException naming the expected values when the literal does not fit
     */
    static Object value(EDataType type, Node literal) {
        if (!literal.isLiteral()) {
            throw new IllegalArgumentException("expected a literal, found " + literal);
        }
        String lexical = literal.getLiteralLexicalForm();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral enumLiteral = eEnum.getEEnumLiteralByLiteral(lexical);
            if (enumLiteral == null) {
                throw new IllegalArgumentException("'" + lexical + "' is not one of " + eEnum.getELiterals().stream()
                        .map(EEnumLiteral::getLiteral).toList());
            }
            return enumLiteral.getInstance();
        }
        RDFDatatype expected = datatype(type);
        if (expected != XSDDatatype.XSDstring && !expected.isValid(lexical)) {
            throw new IllegalArgumentException("'" + lexical + "' is not a valid " + expected.getURI());
        }
        try {
            return EcoreUtil.createFromString(type, lexical);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + lexical + "' is not a valid " + type.getName(), e);
        }
    }
}
