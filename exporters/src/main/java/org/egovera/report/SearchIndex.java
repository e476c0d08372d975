package org.egovera.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.Element;
import org.egovera.model.Task;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The search index: one entry per page and per task, {@code [name, id, persistent URI, kind, address]},
 * written as a script that sets a global. A script, not a JSON file, because browsers refuse to fetch
 * files from pages opened from the file system but do run scripts next to them.
 */
final class SearchIndex {

    static final String PATH = "assets/search-index.js";
    static final String GLOBAL = "egoveraSearchIndex";

    private SearchIndex() {
    }

    static long write(Site site, SiteContext context) {
        Path file = site.root().resolve(PATH);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("window." + GLOBAL + " = ").getBytes(StandardCharsets.UTF_8));
                JsonGenerator json = new JsonFactory().createGenerator(out);
                json.writeStartArray();
                for (var contents = context.catalogue().eAllContents(); contents.hasNext();) {
                    EObject object = contents.next();
                    entry(json, object, context);
                }
                json.writeEndArray();
                json.flush();
                out.write(";\n".getBytes(StandardCharsets.UTF_8));
            }
            long size = Files.size(file);
            site.countFile(size);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(JsonGenerator json, EObject object, SiteContext context) throws IOException {
        if (!(object instanceof Element element)) {
            return;
        }
        String kind;
        if (object instanceof Task) {
            kind = "Task";
        } else {
            PageKind pageKind = PageKinds.of(object.eClass());
            if (pageKind == null) {
                return;
            }
            kind = pageKind.singular();
        }
        String path = context.paths().pathOf(object);
        if (path == null) {
            return;
        }
        json.writeStartArray();
        json.writeString(ElementPageBuilder.displayName(element));
        json.writeString(element.getId());
        json.writeString(element.getPersistentUri() == null ? "" : element.getPersistentUri());
        json.writeString(kind);
        json.writeString(path);
        json.writeEndArray();
    }
}
