package org.egovera.report;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.Catalogue;
import org.egovera.model.Element;
import org.egovera.model.Task;

/**
 * Where each element's page lives, relative to the site root: {@code <folder>/<file>.html}, the file named
 * after the element's id. Ids may hold any character, so the file name keeps letters, digits, dot, dash
 * and underscore and writes every other byte as {@code ~HH}; names that differ only in case get a
 * {@code ~~N} suffix, so the site survives case-insensitive file systems.
 */
final class SitePaths {

    private static final int MAX_NAME = 120;

    private final Map<EObject, String> paths = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** Assigns a path to every element of the catalogue that has a page, in model order. */
    static SitePaths of(Catalogue catalogue) {
        SitePaths sitePaths = new SitePaths();
        for (var contents = catalogue.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            PageKind kind = PageKinds.of(object.eClass());
            if (kind != null && object instanceof Element element) {
                sitePaths.assign(element, kind);
            }
        }
        return sitePaths;
    }

    private void assign(Element element, PageKind kind) {
        String base = kind.folder() + "/" + fileName(element.getId());
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "~~" + n;
        }
        paths.put(element, candidate + ".html");
    }

    /**
     * The site-relative address of an element's page, a task's anchor on its process's page, the home
     * page for the catalogue, or null for what has no page (relationships).
     */
    String pathOf(EObject object) {
        if (object instanceof Catalogue) {
            return "index.html";
        }
        if (object instanceof Task task) {
            String process = task.getProcess() == null ? null : paths.get(task.getProcess());
            return process == null ? null : process + "#" + anchorOf(task);
        }
        return paths.get(object);
    }

    /** The anchor of a task on its process page. */
    static String anchorOf(Task task) {
        return "task-" + fileName(task.getId());
    }

    static String fileName(String id) {
        if (id == null || id.isEmpty()) {
            return "~~unnamed";
        }
        StringBuilder name = new StringBuilder();
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length && name.length() < MAX_NAME; i++) {
            int b = bytes[i] & 0xff;
            boolean safe = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                    || b == '-' || b == '_' || b == '.' && i > 0;
            if (safe) {
                name.append((char) b);
            } else {
                name.append('~').append(String.format("%02X", b));
            }
        }
        return name.toString();
    }
}
