package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.io.eira.EiraLibrary;
import org.egovera.io.support.DataGapLog;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.PolicyDomain;
import org.egovera.model.io.InputException;

/** What the import steps share: the catalogue under construction, its indexes and the gap log. */
final class ImportContext {

    final Catalogue catalogue;
    final DataGapLog gaps;
    final EiraLibrary library;
    final PersistentUris uris;

    /** The 2021 elements by the identifier their record gives (the first, where an id is repeated). */
    final Map<String, DigitalBusinessCapability> capabilities = new LinkedHashMap<>();
    final Map<String, DigitalPublicService> services = new LinkedHashMap<>();
    final Map<String, ArchitectureBuildingBlock> blocks = new LinkedHashMap<>();

    private final Map<PolicyDomains, PolicyDomain> domains = new EnumMap<>(PolicyDomains.class);
    private final Set<String> ids = new HashSet<>();

    ImportContext(Catalogue catalogue, DataGapLog gaps, EiraLibrary library) {
        this.catalogue = catalogue;
        this.gaps = gaps;
        this.library = library;
        this.uris = new PersistentUris(gaps);
    }

    /** The domain a record belongs to; a Policy naming none of the known domains is refused. */
    PolicyDomains domainOf(SourceRecord record, JsonTable table) {
        PolicyDomains domain = PolicyDomains.of(record.policy());
        if (domain == null) {
            throw new InputException(table.file(), record.line(), 0,
                    "record '" + record.id() + "' names the unknown policy domain '" + record.policy() + "'", null);
        }
        return domain;
    }

    /** The catalogue's policy domain, created on first use. */
    PolicyDomain domain(PolicyDomains which) {
        return domains.computeIfAbsent(which, key -> {
            PolicyDomain domain = EgoveraFactory.eINSTANCE.createPolicyDomain();
            domain.setId(key.id());
            domain.setName(key.displayName());
            registerId(key.id());
            catalogue.getPolicyDomains().add(domain);
            return domain;
        });
    }

    PolicyDomains domainKindOf(PolicyDomain domain) {
        return domains.entrySet().stream().filter(entry -> entry.getValue() == domain).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Puts the domains in the fixed order of {@link PolicyDomains}, whatever order the files came in. */
    void orderDomains() {
        List<PolicyDomain> ordered = new ArrayList<>(catalogue.getPolicyDomains());
        ordered.sort(Comparator.comparing(domain -> {
            PolicyDomains kind = domainKindOf(domain);
            return kind == null ? Integer.MAX_VALUE : kind.ordinal();
        }));
        catalogue.getPolicyDomains().clear();
        catalogue.getPolicyDomains().addAll(ordered);
    }

    /** True if the identifier was free; it is taken from now on. */
    boolean registerId(String id) {
        return ids.add(id);
    }

    /** {@code wanted} if free, else {@code wanted-2}, {@code wanted-3}...; the result is taken. */
    String uniqueId(String wanted) {
        String id = wanted;
        for (int n = 2; !ids.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }
}
