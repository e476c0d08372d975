package org.egovera.editor.dropins;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** One bundle jar as the dropins folder holds it: its manifest headers and its entries. */
final class Bundle {

    final String fileName;
    final Attributes headers;
    final Map<String, byte[]> entries;

    private Bundle(String fileName, Attributes headers, Map<String, byte[]> entries) {
        this.fileName = fileName;
        this.headers = headers;
        this.entries = entries;
    }

    static Bundle read(String fileName, InputStream jar) throws IOException {
        try (JarInputStream in = new JarInputStream(jar)) {
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                throw new IOException(fileName + " has no manifest");
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            return new Bundle(fileName, manifest.getMainAttributes(), entries);
        }
    }

    String header(String name) {
        return headers.getValue(name);
    }

    /** The symbolic name without directives. */
    String symbolicName() {
        return header("Bundle-SymbolicName").split(";")[0].strip();
    }

    /** The names in a header listing bundles or packages, without their attributes and directives. */
    List<String> names(String header) {
        List<String> names = new ArrayList<>();
        String value = header(header);
        if (value == null) {
            return names;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"') {
                depth ^= 1;
            }
            if (c == ',' && depth == 0) {
                names.add(current.toString().split(";")[0].strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().split(";")[0].strip());
        return names;
    }

    /** The full clause of one required bundle, attributes included. */
    String requireClause(String bundle) {
        for (String clause : header("Require-Bundle").split(",(?=\\s*[a-z])")) {
            if (clause.strip().split(";")[0].equals(bundle)) {
                return clause.strip();
            }
        }
        return null;
    }

    boolean hasClass(String className) {
        return entries.containsKey(className.replace('.', '/') + ".class");
    }

    boolean hasPackage(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        return entries.keySet().stream().anyMatch(e -> e.startsWith(prefix) && e.endsWith(".class")
                && e.indexOf('/', prefix.length()) < 0);
    }

    Properties properties(String entry) throws IOException {
        Properties properties = new Properties();
        byte[] bytes = entries.get(entry);
        if (bytes != null) {
            properties.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1));
        }
        return properties;
    }

    /** The plugin.xml of the bundle, parsed without DTDs. */
    Document pluginXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("plugin.xml")));
    }

    /** The extension points the plugin.xml extends. */
    List<String> extensionPoints() throws Exception {
        List<String> points = new ArrayList<>();
        NodeList extensions = pluginXml().getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            points.add(((Element) extensions.item(i)).getAttribute("point"));
        }
        return points;
    }

    /** Every {@code class} attribute of the plugin.xml. */
    List<String> classesNamedInPluginXml() throws Exception {
        List<String> classes = new ArrayList<>();
        NodeList all = pluginXml().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                classes.add(element.getAttribute("class"));
            }
        }
        return classes;
    }
}
