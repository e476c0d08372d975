package org.egovera.io.eira;

import org.egovera.io.support.Names;
import org.egovera.model.EiraView;

/**
 * Reads the names sources give the five EIRA views, whatever their spelling: {@code Legal},
 * {@code Semantic }, {@code Technical view - Application}, {@code Technical - Infrastructure},
 * {@code Organizational view} and so on.
 */
public final class EiraViews {

    private EiraViews() {
    }

    /** The view a text names, or null if it names none of the five. */
    public static EiraView parse(String text) {
        if (text == null) {
            return null;
        }
        String key = Names.compact(text).replace("view", "");
        return switch (key) {
            case "legal" -> EiraView.LEGAL;
            case "organisational", "organizational" -> EiraView.ORGANISATIONAL;
            case "semantic" -> EiraView.SEMANTIC;
            case "technicalapplication" -> EiraView.TECHNICAL_APPLICATION;
            case "technicalinfrastructure" -> EiraView.TECHNICAL_INFRASTRUCTURE;
            default -> null;
        };
    }
}
