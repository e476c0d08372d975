package org.egovera.io.archimate;

import java.util.ArrayList;
import java.util.List;

import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.LangString;

/**
 * Names and documentation both ways. An element's name is written in the catalogue's language,
 * followed by its labels (the names in other languages); on import the first name in the model's
 * language (or without one) is the name and the others become labels. An empty name is no name.
 */
final class ExchangeTexts {

    private ExchangeTexts() {
    }

    static List<LangText> names(Element element, String lang) {
        List<LangText> names = new ArrayList<>(1 + element.getLabels().size());
        // an element without a name gets an empty one in the model's language: the schema wants a
        // name, and the model's own name is where the language is read back from
        names.add(new LangText(lang, element.getName() == null ? "" : element.getName()));
        for (LangString label : element.getLabels()) {
            names.add(new LangText(label.getLang(), label.getValue()));
        }
        return names;
    }

    static List<LangText> documentation(String description, String lang) {
        return description == null ? List.of() : List.of(new LangText(lang, description));
    }

    static List<LangText> single(String text, String lang) {
        return text == null ? List.of() : List.of(new LangText(lang, text));
    }

    static void readNames(Element element, List<LangText> names, String modelLang) {
        if (names.isEmpty()) {
            return;
        }
        int primary = 0;
        for (int i = 0; i < names.size(); i++) {
            String lang = names.get(i).lang();
            if (lang == null || lang.equalsIgnoreCase(modelLang)) {
                primary = i;
                break;
            }
        }
        String name = names.get(primary).text();
        element.setName(name.isEmpty() ? null : name);
        for (int i = 0; i < names.size(); i++) {
            if (i != primary) {
                LangString label = EgoveraFactory.eINSTANCE.createLangString();
                label.setLang(names.get(i).lang() == null ? modelLang : names.get(i).lang());
                label.setValue(names.get(i).text());
                element.getLabels().add(label);
            }
        }
    }

    /** The first documentation text, as written (the format allows one per language; the catalogue keeps one). */
    static String firstText(List<LangText> texts) {
        return texts.isEmpty() ? null : texts.get(0).text();
    }

    /** The language of a model: that of its first name, else English. */
    static String modelLanguage(List<LangText> names) {
        for (LangText name : names) {
            if (name.lang() != null && !name.lang().isBlank()) {
                return name.lang();
            }
        }
        return "en";
    }
}
