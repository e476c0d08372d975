package org.egovera.io.egoverajson;

import java.util.HashMap;
import java.util.Map;

import org.egovera.io.support.DataGapLog;
import org.egovera.model.DataGapKind;
import org.egovera.model.Element;
import org.egovera.model.validation.Labels;

/**
 * Keeps persistent URIs unique among the catalogue's own elements: exports use them as subjects, so
 * one URI must name one thing. A URI already taken is not given again; the refusal is recorded.
 * (EIRA's own duplicated PURIs stay on its library blocks, recorded when the library is read.)
 */
final class PersistentUris {

    private final Map<String, Element> holders = new HashMap<>();
    private final DataGapLog gaps;

    PersistentUris(DataGapLog gaps) {
        this.gaps = gaps;
    }

    /** Notes a URI held already, without a check (the EIRA library's PURIs). */
    void reserve(String uri, Element holder) {
        holders.putIfAbsent(uri, holder);
    }

    /** The element holding a URI, or null. */
    Element holder(String uri) {
        return holders.get(uri);
    }

    boolean isFree(String uri) {
        return !holders.containsKey(uri);
    }

    /**
     * Gives {@code uri} to {@code element} if no other element holds it; otherwise records a
     * {@link DataGapKind#DUPLICATE_URI} gap and leaves the element without it.
     */
    boolean claim(Element element, String uri, String sourceFile, String recordId) {
        Element holder = holders.get(uri);
        if (holder == null || holder == element) {
            holders.put(uri, element);
            element.setPersistentUri(uri);
            return true;
        }
        gaps.record(DataGapKind.DUPLICATE_URI, sourceFile, recordId, "persistentUri", uri,
                "the URI already names " + Labels.of(holder) + "; this element is left without a persistent URI", element);
        return false;
    }
}
