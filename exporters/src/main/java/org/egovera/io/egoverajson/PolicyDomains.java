package org.egovera.io.egoverajson;

import java.util.List;
import java.util.Locale;

/**
 * The policy domains of the eGovERA data, in catalogue order, and the spellings the releases give
 * them ({@code "Tax "} with a trailing space in 2021, {@code "Taxes"} in 6.0).
 */
public enum PolicyDomains {

    TAX("domain.tax", "Tax", "tax", "taxes"),
    BUSINESS_AGNOSTIC("domain.business-agnostic", "Business Agnostic", "business agnostic"),
    HEALTH("domain.health", "Health", "health");

    private final String id;
    private final String displayName;
    private final List<String> spellings;

    PolicyDomains(String id, String displayName, String... spellings) {
        this.id = id;
        this.displayName = displayName;
        this.spellings = List.of(spellings);
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The domain a record's {@code Policy} names, or null if it names none of them. */
    public static PolicyDomains of(String policy) {
        String key = policy == null ? "" : policy.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (PolicyDomains domain : values()) {
            if (domain.spellings.contains(key)) {
                return domain;
            }
        }
        return null;
    }
}
