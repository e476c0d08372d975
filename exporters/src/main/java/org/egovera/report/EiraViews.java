package org.egovera.report;

import java.util.ArrayList;
import java.util.List;

import org.egovera.model.EiraView;

/** The table of {@code eira-views.tsv}: the five EIRA views, their pages and what each is about. */
final class EiraViews {

    /** One view: the metamodel's literal, its page's file name, a sentence about it. */
    record View(EiraView view, String slug, String about) {

        String path(int number) {
            return ListPages.path("view/" + slug, number);
        }
    }

    private static final List<View> ALL = load();

    private EiraViews() {
    }

    static List<View> all() {
        return ALL;
    }

    private static List<View> load() {
        List<View> views = new ArrayList<>();
        for (String[] row : TsvTable.read("eira-views.tsv", 3)) {
            EiraView view = EiraView.get(row[0]);
            if (view == null || view == EiraView.UNSPECIFIED) {
                throw new IllegalStateException("eira-views.tsv names " + row[0] + ", not an EIRA view of the metamodel");
            }
            views.add(new View(view, row[1], row[2]));
        }
        if (views.size() != EiraView.VALUES.size() - 1) {
            throw new IllegalStateException("eira-views.tsv must list the " + (EiraView.VALUES.size() - 1) + " EIRA views");
        }
        return List.copyOf(views);
    }
}
