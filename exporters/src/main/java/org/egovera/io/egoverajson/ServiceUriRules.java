package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.PolicyDomain;

/**
 * Gives the services their release 6.0 URIs. The services file is the primary source; the
 * capabilities file, which lists each capability's services with a name and a URI, settles the
 * cases where the services file contradicts itself or names a service wrongly:
 * <ol>
 * <li>each record of the services file gives its URI to the service it was matched to or became;</li>
 * <li>a URI that the services file gives to services of different names goes to the one whose name
 *     it spells; the others get none (a duplicate-URI gap);</li>
 * <li>a URI of the capabilities file missing from the services file, whose name is the name of a
 *     services-file record, replaces that record's URI when it spells the name and the record's own
 *     URI does not (the record's URI is recorded as a wrong identifier);</li>
 * <li>a URI of the capabilities file that still names nothing goes to the 2021 service of the same
 *     domain with that name, if there is one.</li>
 * </ol>
 */
final class ServiceUriRules {

    private final ImportContext context;

    ServiceUriRules(ImportContext context) {
        this.context = context;
    }

    /**
     * Applies the rules and returns the number of 2021 services given a URI by rule 4 alone.
     *
     * @param services     the services file, or null
     * @param capabilities the capabilities file, or null
     * @param serviceOf    the element each services-file record was matched to or became
     */
    int assign(JsonTable services, JsonTable capabilities, Map<ServiceRecord, DigitalPublicService> serviceOf) {
        List<ServiceRecord> records = services == null ? List.of() : services.services();
        Map<ServiceRecord, String> uriFor = new LinkedHashMap<>();
        records.forEach(record -> uriFor.put(record, record.id()));
        if (services != null) {
            resolveSharedUris(records, uriFor, serviceOf, services);
        }
        if (services != null && capabilities != null) {
            correctWrongIds(records, uriFor, serviceOf, services, capabilities);
        }
        for (ServiceRecord record : records) {
            String uri = uriFor.get(record);
            DigitalPublicService service = serviceOf.get(record);
            if (uri != null && service.getPersistentUri() == null) {
                context.uris.claim(service, uri, services.fileName(), record.id());
            }
        }
        return capabilities == null ? 0 : nameRemainingByCapabilities(capabilities);
    }

    /** Rule 2. */
    private void resolveSharedUris(List<ServiceRecord> records, Map<ServiceRecord, String> uriFor,
            Map<ServiceRecord, DigitalPublicService> serviceOf, JsonTable services) {
        Map<String, List<ServiceRecord>> byUri = new LinkedHashMap<>();
        records.forEach(record -> byUri.computeIfAbsent(record.id(), uri -> new ArrayList<>()).add(record));
        byUri.forEach((uri, holders) -> {
            Set<String> names = new LinkedHashSet<>();
            holders.forEach(record -> names.add(ReleaseNames.key(record.name())));
            if (names.size() < 2) {
                return;
            }
            ServiceRecord winner = holders.stream().filter(record -> ReleaseNames.uriSpells(uri, record.name())).findFirst().orElse(null);
            for (ServiceRecord record : holders) {
                if (winner != null && ReleaseNames.key(record.name()).equals(ReleaseNames.key(winner.name()))) {
                    continue;
                }
                uriFor.put(record, null);
                context.gaps.record(DataGapKind.DUPLICATE_URI, services.fileName(), record.id(), "persistentUri", uri,
                        "release 6.0 gives this URI to " + holders.size() + " services ("
                                + String.join(", ", holders.stream().map(h -> "'" + h.name().strip() + "'").toList()) + "); "
                                + (winner == null ? "it spells none of their names, so none gets it"
                                        : "it goes to '" + winner.name().strip() + "', whose name it spells"),
                        serviceOf.get(record));
            }
        });
    }

    /** Rule 3. */
    private void correctWrongIds(List<ServiceRecord> records, Map<ServiceRecord, String> uriFor,
            Map<ServiceRecord, DigitalPublicService> serviceOf, JsonTable services, JsonTable capabilities) {
        Set<String> fileUris = new LinkedHashSet<>();
        records.forEach(record -> fileUris.add(record.id()));
        for (CapabilityRecord capability : capabilities.capabilities()) {
            for (NamedReference reference : capability.services()) {
                if (fileUris.contains(reference.id())) {
                    continue;
                }
                for (ServiceRecord record : records) {
                    boolean sameName = ReleaseNames.key(record.name()).equals(ReleaseNames.key(reference.name()));
                    if (sameName && uriFor.get(record) != null && !uriFor.get(record).equals(reference.id())
                            && ReleaseNames.uriSpells(reference.id(), record.name())
                            && !ReleaseNames.uriSpells(record.id(), record.name())) {
                        context.gaps.record(DataGapKind.MALFORMED_VALUE, services.fileName(), record.id(), "persistentUri",
                                record.id(), "the services file gives '" + record.name().strip() + "' this identifier, which spells another name;"
                                        + " the capabilities file (" + capabilities.fileName() + ") links " + reference.id()
                                        + ", absent from the services file, under this name; it spells the name and is used instead",
                                serviceOf.get(record));
                        uriFor.put(record, reference.id());
                    }
                }
            }
        }
    }

    /** Rule 4. */
    private int nameRemainingByCapabilities(JsonTable capabilities) {
        int named = 0;
        for (CapabilityRecord capability : capabilities.capabilities()) {
            PolicyDomains domainKind = context.domainOf(capability, capabilities);
            PolicyDomain domain = context.domain(domainKind);
            for (NamedReference reference : capability.services()) {
                if (!context.uris.isFree(reference.id())) {
                    continue;
                }
                DigitalPublicService candidate = context.services.values().stream()
                        .filter(service -> service.getDomain() == domain && service.getPersistentUri() == null)
                        .filter(service -> ReleaseNames.key(service.getName()).equals(ReleaseNames.key(reference.name())))
                        .findFirst().orElse(null);
                if (candidate != null && context.uris.claim(candidate, reference.id(), capabilities.fileName(), capability.id())) {
                    Elements.addProperty(candidate, Elements.RELEASE_6_ID, reference.id());
                    named++;
                }
            }
        }
        return named;
    }
}
