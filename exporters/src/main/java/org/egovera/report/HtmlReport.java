package org.egovera.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.ecore.EClass;
import org.egovera.model.Catalogue;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.Element;
import org.egovera.model.io.Progress;

/**
 * Writes a catalogue as a static web site that works from the file system, offline: a home page, a page
 * per element (capability, service, building block, solution, process, Member State, platform...) linked
 * both ways, lists of every kind and view, the validation findings, and a search over names, ids and
 * persistent URIs. The site is built beside the target folder and moved into place when complete.
 */
public final class HtmlReport {

    /** The kinds the navigation leads to; the home page links to the lists of all the others. */
    private static final List<EClass> NAVIGATION = List.of(Literals.DIGITAL_BUSINESS_CAPABILITY,
            Literals.DIGITAL_PUBLIC_SERVICE, Literals.ARCHITECTURE_BUILDING_BLOCK, Literals.SOLUTION_BUILDING_BLOCK,
            Literals.BUSINESS_PROCESS, Literals.MEMBER_STATE, Literals.PLATFORM);

    private HtmlReport() {
    }

    /** Writes the report of {@code catalogue} into the folder {@code target}, replacing an earlier report. */
    public static ReportSummary write(Catalogue catalogue, Path target, Progress progress) throws IOException {
        Path building = SiteDirectory.prepare(target);
        try {
            Site site = new Site(building, ElementPageBuilder.displayName(catalogue));
            long homeBytes = writeSite(catalogue, site, progress);
            SiteDirectory.commit(building, target);
            return new ReportSummary(target, site.pages(), site.bytes(), homeBytes, site.diagrams());
        } catch (IOException | RuntimeException | Error e) {
            SiteDirectory.discard(building);
            throw e;
        }
    }

    private static long writeSite(Catalogue catalogue, Site site, Progress progress) throws IOException {
        progress.start("Reading the catalogue", 0);
        SiteContext context = new SiteContext(catalogue);
        progress.done();
        navigation(site);
        Assets.write(site);
        CatalogueLists lists = new CatalogueLists(site, context);
        writeElementPages(site, context, lists, progress);
        lists.writeAll();
        new TraceabilityPages(site, context).writeAll();
        SearchIndex.write(site, context);
        site.write("search", "search.html", "Search", "search", new Object());
        List<NavItem> analyses = List.of(
                new NavItem(ListPages.path(TraceabilityPages.INDEX, 1), "Traceability matrix: tasks by building blocks", false),
                new NavItem(TraceabilityPages.SHARING, "Sharing candidates: services and building blocks several processes need", false));
        return site.write("home", "index.html", "Home", "home", HomePageBuilder.build(context, lists, analyses));
    }

    private static void navigation(Site site) {
        site.addSection("home", "index.html", "Home");
        for (EClass eClass : NAVIGATION) {
            PageKind kind = PageKinds.of(eClass);
            site.addSection(kind.folder(), kind.listPath(1), kind.plural());
        }
        site.addSection("trace", ListPages.path(TraceabilityPages.INDEX, 1), "Traceability");
        site.addSection("sharing", TraceabilityPages.SHARING, "Sharing");
        site.addSection(CatalogueLists.FINDINGS, ListPages.path(CatalogueLists.FINDINGS, 1), "Findings");
        site.addSection("search", "search.html", "Search");
    }

    /** Elements a worker takes at a time: big enough to amortise the hand-over, small enough to balance. */
    private static final int CHUNK = 256;

    /**
     * Writes the element pages on every core: each page depends only on the read-only context, so the
     * site is the same whatever the order.
     */
    private static void writeElementPages(Site site, SiteContext context, CatalogueLists lists, Progress progress)
            throws IOException {
        List<Map.Entry<PageKind, Element>> pages = new ArrayList<>();
        lists.byKind().forEach((kind, elements) -> elements.forEach(element -> pages.add(Map.entry(kind, element))));
        progress.start("Writing element pages", pages.size());
        ElementPageBuilder builder = new ElementPageBuilder(context);
        ElementDiagrams diagrams = new ElementDiagrams(context);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "report-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < pages.size(); from += CHUNK) {
                List<Map.Entry<PageKind, Element>> chunk = pages.subList(from, Math.min(pages.size(), from + CHUNK));
                chunks.add(workers.submit(() -> {
                    for (Map.Entry<PageKind, Element> page : chunk) {
                        writeElementPage(site, context, builder, diagrams, page.getKey(), page.getValue());
                    }
                    synchronized (progress) {
                        progress.advance(chunk.size());
                    }
                }));
            }
            for (Future<?> chunk : chunks) {
                awaitChunk(chunk);
            }
        } finally {
            workers.shutdownNow();
        }
        progress.done();
    }

    private static void writeElementPage(Site site, SiteContext context, ElementPageBuilder builder,
            ElementDiagrams diagrams, PageKind kind, Element element) {
        String diagram = diagrams.figureOf(element);
        if (diagram != null) {
            site.countDiagram();
        }
        ElementPageBuilder.Built built = builder.build(element, kind, diagram);
        site.write("element", context.paths().pathOf(element), built.page().name(), kind.folder(), built.page());
        for (ElementPageBuilder.OverflowList overflow : built.overflow()) {
            String base = overflow.path().substring(0, overflow.path().length() - ".html".length());
            ListPages.write(site, base, kind.folder(), overflow.title(), null, "Name", List.of(),
                    overflow.links().stream().map(link -> new ListPage.Row(link, List.of())).toList());
        }
    }

    private static void awaitChunk(Future<?> chunk) throws IOException {
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the report");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
