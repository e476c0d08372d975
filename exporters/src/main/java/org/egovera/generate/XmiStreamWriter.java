package org.egovera.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.egovera.model.EgoveraPackage;

/**
 * Writes a catalogue's XMI one element at a time, byte for byte as EMF's XMI resource saves it with
 * the options of {@link org.egovera.model.io.CatalogueStore} (UTF-8, 120-column lines, identifiers
 * as references), so that any size can be written with constant memory and read back by
 * {@code CatalogueStore.load}. Features are written in the order of the metamodel, as EMF does:
 * single values and references as attributes, many-valued attributes and contained elements as
 * child elements. The root declares the {@code xsi} namespace, which a catalogue needs for the
 * types of its actors.
 */
final class XmiStreamWriter implements AutoCloseable {

    /** {@code XMLResource.OPTION_LINE_WIDTH} as {@code CatalogueStore} sets it. */
    static final int LINE_WIDTH = 120;

    private static final String XMI_NS = "http://www.omg.org/XMI";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /** How EMF lays out a class: features saved as attributes, then features saved as elements. */
    private record Layout(List<EStructuralFeature> attributes, List<EStructuralFeature> elements) {
    }

    /** An element whose start tag is written and whose end tag is not. */
    private static final class Open {
        final String name;
        final Layout layout;
        int lastChildFeature = -1;

        Open(String name, Layout layout) {
            this.name = name;
            this.layout = layout;
        }
    }

    private final Writer out;
    private final String prefix;
    private final Map<EClass, Layout> layouts = new HashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Long> elementsByClass = new TreeMap<>();
    private int column;
    private boolean startTagOpen;
    private long references;

    XmiStreamWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.prefix = EgoveraPackage.eINSTANCE.getNsPrefix();
    }

    /**
     * Writes the XML declaration and the root's start tag. EMF inserts the namespace declarations
     * after {@code xmi:version} once the document is complete, having laid out the root's own
     * attributes as if they were not there; this does the same.
     */
    void startDocument(XmiRecord root) throws IOException {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        newLine();
        String name = prefix + ":" + root.eClass().getName();
        write("<" + name + " xmi:version=\"2.0\"");
        int mark = column;
        Layout layout = layout(root.eClass());
        StringBuilder own = new StringBuilder();
        int ownColumn = mark;
        for (EStructuralFeature feature : layout.attributes()) {
            String value = attributeValue(root, feature);
            if (value != null) {
                ownColumn = appendAttribute(own, ownColumn, 2, feature.getName(), value);
            }
        }
        StringBuilder namespaces = new StringBuilder();
        int namespaceColumn = appendAttribute(namespaces, mark, 2, "xmlns:xmi", XMI_NS);
        namespaceColumn = appendAttribute(namespaces, namespaceColumn, 2, "xmlns:xsi", XSI_NS);
        namespaceColumn = appendAttribute(namespaces, namespaceColumn, 2, "xmlns:" + prefix,
                root.eClass().getEPackage().getNsURI());
        write(namespaces);
        if (namespaceColumn > LINE_WIDTH && own.length() > 0 && own.charAt(0) == ' ') {
            newLine();
            write("   ");
        }
        // The column is not tracked past this point: the root's start tag is closed, and a new line
        // begun, before anything else is written.
        write(own);
        countElement(root);
        open.push(new Open(name, layout));
        startTagOpen = true;
    }

    /** Starts a contained element whose own children follow; {@link #end()} closes it. */
    void start(EReference containment, XmiRecord record) throws IOException {
        Open parent = open.peek();
        int featureIndex = parent.layout.elements().indexOf(containment);
        if (featureIndex < parent.lastChildFeature || featureIndex < 0) {
            throw new IllegalStateException(containment.getName() + " is not a child of " + parent.name + " here");
        }
        parent.lastChildFeature = featureIndex;
        closeStartTag();
        int depth = open.size() + 1;
        write(indent(depth - 1));
        write("<");
        write(containment.getName());
        if (record.eClass() != containment.getEReferenceType()) {
            attribute(depth, "xsi:type", prefix + ":" + record.eClass().getName());
        }
        Layout layout = layout(record.eClass());
        for (EStructuralFeature feature : layout.attributes()) {
            String value = attributeValue(record, feature);
            if (value != null) {
                attribute(depth, feature.getName(), value);
            }
        }
        startTagOpen = true;
        open.push(new Open(containment.getName(), layout));
        countElement(record);
        for (EStructuralFeature feature : layout.elements()) {
            if (feature instanceof EAttribute attribute && record.get(attribute) instanceof List<?> values) {
                for (Object value : values) {
                    closeStartTag();
                    write(indent(depth));
                    write("<" + attribute.getName() + ">");
                    write(escape(EcoreUtil.convertToString(attribute.getEAttributeType(), value), false));
                    write("</" + attribute.getName() + ">");
                    newLine();
                }
            }
        }
    }

    /** Writes a contained element with no contained elements of its own. */
    void element(EReference containment, XmiRecord record) throws IOException {
        start(containment, record);
        end();
    }

    /** Ends the innermost open element. */
    void end() throws IOException {
        Open closing = open.pop();
        if (startTagOpen) {
            write("/>");
            startTagOpen = false;
        } else {
            write(indent(open.size()));
            write("</" + closing.name + ">");
        }
        newLine();
    }

    /** Ends the root and flushes; the stream stays open. */
    void endDocument() throws IOException {
        if (open.size() != 1) {
            throw new IllegalStateException(open.size() - 1 + " elements are still open");
        }
        end();
        out.flush();
    }

    long elements() {
        return elementsByClass.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> elementsByClass() {
        return elementsByClass;
    }

    long references() {
        return references;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void countElement(XmiRecord record) {
        if (EgoveraPackage.Literals.ELEMENT.isSuperTypeOf(record.eClass())) {
            elementsByClass.merge(record.eClass().getName(), 1L, Long::sum);
        }
    }

    private String attributeValue(XmiRecord record, EStructuralFeature feature) {
        Object value = record.get(feature);
        if (value == null) {
            return null;
        }
        if (feature instanceof EReference reference) {
            if (value instanceof List<?> ids) {
                if (CatalogueSize.countsLinks(reference)) {
                    references += ids.size();
                }
                StringBuilder joined = new StringBuilder();
                for (Object id : ids) {
                    joined.append(joined.length() == 0 ? "" : " ").append(id);
                }
                return escape(joined.toString(), true);
            }
            if (CatalogueSize.countsLinks(reference)) {
                references++;
            }
            return escape((String) value, true);
        }
        EAttribute attribute = (EAttribute) feature;
        if (value.equals(attribute.getDefaultValue())) {
            return null;
        }
        return escape(EcoreUtil.convertToString(attribute.getEAttributeType(), value), true);
    }

    private void attribute(int depth, String name, String value) throws IOException {
        if (column > LINE_WIDTH) {
            newLine();
            write(indent(depth + 1));
        } else {
            write(" ");
        }
        write(name);
        write("=\"");
        write(value);
        write("\"");
    }

    /** The same layout rule as {@link #attribute}, into a buffer; returns the column after it. */
    private static int appendAttribute(StringBuilder buffer, int at, int depth, String name, String value) {
        int columnNow = at;
        if (columnNow > LINE_WIDTH) {
            buffer.append('\n').append(indent(depth));
            columnNow = 2 * depth;
        } else {
            buffer.append(' ');
            columnNow++;
        }
        buffer.append(name).append("=\"").append(value).append('"');
        return columnNow + name.length() + value.length() + 3;
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            write(">");
            newLine();
            startTagOpen = false;
        }
    }

    private Layout layout(EClass eClass) {
        return layouts.computeIfAbsent(eClass, XmiStreamWriter::layoutOf);
    }

    private static Layout layoutOf(EClass eClass) {
        List<EStructuralFeature> attributes = new ArrayList<>();
        List<EStructuralFeature> elements = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()
                    || feature instanceof EReference reference && reference.isContainer()) {
                continue;
            }
            boolean asElement = feature instanceof EReference reference ? reference.isContainment() : feature.isMany();
            (asElement ? elements : attributes).add(feature);
        }
        return new Layout(List.copyOf(attributes), List.copyOf(elements));
    }

    private static String indent(int levels) {
        return "  ".repeat(levels);
    }

    /** EMF's escaping: markup characters, and line breaks and tabs in attributes so they survive a read. */
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> "&#xA;";
                case '\r' -> "&#xD;";
                case '\t' -> "&#x9;";
                default -> {
                    if (c < 0x20) {
                        throw new IllegalArgumentException("control character " + (int) c + " cannot be written to XML");
                    }
                    yield null;
                }
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private void write(CharSequence text) throws IOException {
        out.append(text);
        column += text.length();
    }

    private void newLine() throws IOException {
        out.write('\n');
        column = 0;
    }
}
