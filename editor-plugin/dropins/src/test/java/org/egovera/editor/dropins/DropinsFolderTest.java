package org.egovera.editor.dropins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zip a user unpacks into Eclipse's dropins folder: three bundles with valid OSGi manifests that
 * require only what Eclipse with Sirius 7 provides and each other, and whose plug-in descriptors name
 * classes and files the bundles contain.
 */
class DropinsFolderTest {

    private static final Pattern OSGI_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?");
    private static final String SIRIUS_7 = "bundle-version=\"[7.0.0,8.0.0)\"";

    private static final Map<String, Bundle> bundles = new LinkedHashMap<>();
    private static final List<String> entries = new ArrayList<>();

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("egovera.dropins.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().endsWith(".jar")) {
                    String fileName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    Bundle bundle = Bundle.read(fileName, new NonClosing(in));
                    bundles.put(bundle.symbolicName(), bundle);
                }
            }
        }
    }

    @Test
    void theFolderHoldsTheThreeBundlesWhereDropinsLooks() {
        assertEquals(List.of("org.egovera.model", "org.egovera.model.edit", "org.egovera.design"), List.copyOf(bundles.keySet()));
        for (Map.Entry<String, Bundle> bundle : bundles.entrySet()) {
            assertTrue(entries.contains("egovera/plugins/" + bundle.getValue().fileName), bundle.getValue().fileName);
            assertTrue(bundle.getValue().fileName.startsWith(bundle.getKey() + "_"), bundle.getValue().fileName);
        }
    }

    @Test
    void everyManifestIsAValidSingletonBundle() {
        for (Bundle bundle : bundles.values()) {
            assertEquals("2", bundle.header("Bundle-ManifestVersion"), bundle.fileName);
            assertTrue(bundle.header("Bundle-SymbolicName").contains("singleton:=true"), bundle.fileName + " is a singleton (it has extensions)");
            assertTrue(OSGI_VERSION.matcher(bundle.header("Bundle-Version")).matches(), bundle.header("Bundle-Version"));
            assertNotNull(bundle.header("Bundle-Name"), bundle.fileName);
            assertTrue(bundle.header("Require-Capability").contains("osgi.ee=JavaSE"), bundle.fileName);
            assertTrue(bundle.entries.containsKey("plugin.xml"), bundle.fileName + " has a plugin.xml");
        }
    }

    @Test
    void exportedPackagesAreInTheBundle() {
        for (Bundle bundle : bundles.values()) {
            for (String exported : bundle.names("Export-Package")) {
                assertTrue(bundle.hasPackage(exported), bundle.fileName + " exports " + exported);
            }
        }
        assertEquals(List.of("org.egovera.model", "org.egovera.model.impl", "org.egovera.model.io", "org.egovera.model.util",
                "org.egovera.model.validation"), bundles.get("org.egovera.model").names("Export-Package"));
        assertEquals(List.of("org.egovera.model.edit", "org.egovera.model.provider"), bundles.get("org.egovera.model.edit").names("Export-Package"));
        assertEquals(List.of("org.egovera.design.services"), bundles.get("org.egovera.design").names("Export-Package"));
    }

    @Test
    void bundlesRequireEmfSiriusAndEachOther() {
        assertEquals(List.of("org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi"), bundles.get("org.egovera.model").names("Require-Bundle"));
        assertEquals(List.of("org.eclipse.core.runtime", "org.egovera.model", "org.eclipse.emf.edit"),
                bundles.get("org.egovera.model.edit").names("Require-Bundle"));
        Bundle design = bundles.get("org.egovera.design");
        assertEquals(List.of("org.eclipse.core.runtime", "org.eclipse.emf.ecore", "org.eclipse.sirius", "org.eclipse.sirius.diagram",
                "org.eclipse.sirius.table", "org.eclipse.sirius.common.acceleo.aql", "org.egovera.model", "org.egovera.model.edit"),
                design.names("Require-Bundle"));
        for (String sirius : List.of("org.eclipse.sirius", "org.eclipse.sirius.diagram", "org.eclipse.sirius.table", "org.eclipse.sirius.common.acceleo.aql")) {
            assertTrue(design.requireClause(sirius).contains(SIRIUS_7), design.requireClause(sirius));
        }
        String modelVersion = bundles.get("org.egovera.model").header("Bundle-Version");
        String ownRange = "bundle-version=\"[" + modelVersion.replaceFirst("^(\\d+\\.\\d+).*", "$1");
        assertTrue(design.requireClause("org.egovera.model").contains(ownRange), design.requireClause("org.egovera.model"));
        assertTrue(bundles.get("org.egovera.model.edit").requireClause("org.egovera.model").contains(ownRange));
    }

    @Test
    void packagesImportedAreTheJavaPlatformsOrTheBundlesOwn() {
        for (Bundle bundle : bundles.values()) {
            List<String> exported = bundle.names("Export-Package");
            for (String imported : bundle.names("Import-Package")) {
                // An exported package imported too is substitutable: the bundle may wire it to itself.
                assertTrue(imported.startsWith("org.xml.") || imported.startsWith("org.w3c.") || exported.contains(imported),
                        bundle.fileName + " imports " + imported);
            }
        }
    }

    @Test
    void activatorsAndExtensionClassesAreInTheirBundles() throws Exception {
        Bundle model = bundles.get("org.egovera.model");
        Bundle edit = bundles.get("org.egovera.model.edit");
        Bundle design = bundles.get("org.egovera.design");
        assertEquals("org.egovera.model.edit.EgoveraEditPlugin$Implementation", edit.header("Bundle-Activator"));
        assertTrue(edit.hasClass("org.egovera.model.edit.EgoveraEditPlugin$Implementation"));
        assertEquals("org.egovera.design.Activator", design.header("Bundle-Activator"));
        assertTrue(design.hasClass("org.egovera.design.Activator"));
        for (Bundle bundle : bundles.values()) {
            for (String className : bundle.classesNamedInPluginXml()) {
                assertTrue(bundle.hasClass(className) || model.hasClass(className), bundle.fileName + " names " + className);
            }
        }
    }

    @Test
    void pluginXmlsExtendTheRightPoints() throws Exception {
        assertEquals(List.of("org.eclipse.emf.ecore.generated_package", "org.eclipse.emf.ecore.extension_parser"),
                bundles.get("org.egovera.model").extensionPoints());
        assertEquals(List.of("org.eclipse.emf.edit.itemProviderAdapterFactories"), bundles.get("org.egovera.model.edit").extensionPoints());
        assertEquals(List.of("org.eclipse.sirius.componentization"), bundles.get("org.egovera.design").extensionPoints());
        assertTrue(bundles.get("org.egovera.model").entries.containsKey("model/egovera.genmodel"), "the genmodel named by generated_package");
        assertTrue(bundles.get("org.egovera.model").entries.containsKey("model/egovera.ecore"));
    }

    @Test
    void localisedTextsAreInPluginProperties() throws Exception {
        Pattern key = Pattern.compile("%([A-Za-z0-9_.]+)");
        for (Bundle bundle : bundles.values()) {
            assertEquals("plugin", bundle.header("Bundle-Localization"), bundle.fileName);
            Properties properties = bundle.properties("plugin.properties");
            String texts = new String(bundle.entries.get("plugin.xml"), StandardCharsets.UTF_8) + bundle.headers.values();
            Matcher matcher = key.matcher(texts);
            while (matcher.find()) {
                assertTrue(properties.containsKey(matcher.group(1)), bundle.fileName + " lacks " + matcher.group(1));
            }
        }
        assertTrue(bundles.get("org.egovera.model.edit").properties("plugin.properties").containsKey("_UI_Task_type"),
                "the item providers' strings");
    }

    @Test
    void theDesignBundleCarriesItsDescriptionAndEveryIconItNames() {
        Bundle design = bundles.get("org.egovera.design");
        byte[] odesign = design.entries.get("description/egovera.odesign");
        assertNotNull(odesign, "description/egovera.odesign");
        Matcher icons = Pattern.compile("(?:icon|iconPath)=\"/([^/\"]+)/([^\"]+)\"").matcher(new String(odesign, StandardCharsets.UTF_8));
        int count = 0;
        while (icons.find()) {
            Bundle holder = bundles.get(icons.group(1));
            assertNotNull(holder, "icon bundle " + icons.group(1));
            assertTrue(holder.entries.containsKey(icons.group(2)), icons.group(1) + "/" + icons.group(2));
            count++;
        }
        assertTrue(count > 20, "icons named: " + count);
    }

    /** Lets a jar be read from inside the zip without closing the zip. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
