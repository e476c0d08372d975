package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.egovera.model.Element;

/**
 * Pairs release 6.0 records with the 2021 elements of the same domain whose names have the same
 * {@link ReleaseNames#key key}. Each 2021 element is paired at most once, in file order, so the
 * result does not depend on anything but the input.
 *
 * @param <E> the kind of element
 */
final class ReleaseMatcher<E extends Element> {

    private final Map<String, List<E>> unmatchedByKey = new LinkedHashMap<>();

    ReleaseMatcher(List<E> candidates, Function<E, String> nameOf) {
        for (E candidate : candidates) {
            unmatchedByKey.computeIfAbsent(ReleaseNames.key(nameOf.apply(candidate)), key -> new ArrayList<>()).add(candidate);
        }
    }

    /** The first unpaired candidate with this name's key, now paired; or null. */
    E pair(String name) {
        List<E> candidates = unmatchedByKey.get(ReleaseNames.key(name));
        return candidates == null || candidates.isEmpty() ? null : candidates.remove(0);
    }

    /** Takes a candidate found another way out of the pool, so it is not paired twice. */
    void remove(E candidate) {
        unmatchedByKey.values().forEach(list -> list.remove(candidate));
    }

    /** The candidates still unpaired, in their original order within each name. */
    List<E> unpaired() {
        List<E> left = new ArrayList<>();
        unmatchedByKey.values().forEach(left::addAll);
        return left;
    }
}
