package org.egovera.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The site being written: its folder, the navigation every page shows, and the running count of pages
 * and bytes. Pages are written into a folder that becomes the report only once it is complete.
 */
final class Site {

    /** A navigation entry: the section key pages name to be marked current, the address, the label. */
    record Section(String key, String path, String label) {
    }

    private final Path root;
    private final String catalogue;
    private final List<Section> sections = new ArrayList<>();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong diagrams = new AtomicLong();

    Site(Path root, String catalogue) {
        this.root = root;
        this.catalogue = catalogue;
    }

    void addSection(String key, String path, String label) {
        sections.add(new Section(key, path, label));
    }

    Path root() {
        return root;
    }

    /** The shell of a page at {@code path} (site-relative), in navigation section {@code current}. */
    Shell shell(String path, String title, String current) {
        String back = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        List<NavItem> nav = sections.stream()
                .map(section -> new NavItem(back + section.path(), section.label(), section.key().equals(current)))
                .toList();
        return new Shell(back, title, catalogue, nav);
    }

    /** Renders a page and counts it; returns its size in bytes. */
    long write(String template, String path, String title, String current, Object content) {
        long size = Templates.render(template, root.resolve(path), shell(path, title, current), content);
        pages.incrementAndGet();
        bytes.addAndGet(size);
        return size;
    }

    void countFile(long size) {
        bytes.addAndGet(size);
    }

    void countDiagram() {
        diagrams.incrementAndGet();
    }

    long diagrams() {
        return diagrams.get();
    }

    long pages() {
        return pages.get();
    }

    long bytes() {
        return bytes.get();
    }
}
