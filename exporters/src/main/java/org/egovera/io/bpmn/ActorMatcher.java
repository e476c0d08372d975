package org.egovera.io.bpmn;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.egovera.model.Actor;
import org.egovera.model.Catalogue;

/** Finds the catalogue actor a lane or pool stands for: same name or id, ignoring case and spacing. */
final class ActorMatcher {

    private final Map<String, Actor> byKey = new HashMap<>();

    ActorMatcher(Catalogue catalogue) {
        for (Actor actor : catalogue.getActors()) {
            byKey.putIfAbsent(key(actor.getId()), actor);
        }
        for (Actor actor : catalogue.getActors()) {
            byKey.putIfAbsent(key(actor.getName()), actor);
        }
    }

    Actor match(String performer) {
        return performer == null ? null : byKey.get(key(performer));
    }

    private static String key(String text) {
        String name = DocumentationText.name(text);
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
