package org.egovera.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.egovera.model.Catalogue;

/** The objects of one class anywhere in a catalogue, for tests that count. */
public final class CatalogueContents {

    private CatalogueContents() {
    }

    public static <T> List<T> all(Catalogue catalogue, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Iterator<EObject> it = catalogue.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (type.isInstance(object)) {
                found.add(type.cast(object));
            }
        }
        return found;
    }
}
