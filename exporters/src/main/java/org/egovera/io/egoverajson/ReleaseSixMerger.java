package org.egovera.io.egoverajson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.io.support.Names;
import org.egovera.model.DataGapKind;
import org.egovera.model.DigitalBusinessCapability;
import org.egovera.model.DigitalPublicService;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;
import org.egovera.model.PolicyDomain;

/**
 * Merges the capabilities and services of release 6.0 into the 2021 catalogue: a record whose name
 * matches a 2021 element of its domain ({@link ReleaseNames}) gives that element its 6.0 URI and
 * links; a record that matches nothing is kept as a new element and listed as an unmatched entry.
 * Links are added, never removed: the catalogue holds what either release states.
 */
final class ReleaseSixMerger {

    private static final EgoveraFactory FACTORY = EgoveraFactory.eINSTANCE;

    private final ImportContext context;
    private final Map<String, DigitalBusinessCapability> capabilityByUri = new LinkedHashMap<>();
    private final Map<ServiceRecord, DigitalPublicService> serviceOf = new LinkedHashMap<>();
    private final Map<String, DigitalPublicService> serviceByRecordUri = new LinkedHashMap<>();

    ReleaseSixMerger(ImportContext context) {
        this.context = context;
    }

    ReleaseMergeTally merge(JsonTable capabilities, JsonTable services, ReleaseMergeTally tally) {
        if (capabilities != null) {
            tally = mergeCapabilities(capabilities, tally);
        }
        if (services != null) {
            tally = mergeServices(services, tally);
        }
        int namedByCapabilities = new ServiceUriRules(context).assign(services, capabilities, serviceOf);
        tally = tally.withServices(tally.servicesMatched(), tally.servicesAdded(), namedByCapabilities);
        if (services != null) {
            linkServicesToCapabilities(services);
        }
        if (capabilities != null) {
            linkCapabilitiesToServices(capabilities);
        }
        return tally;
    }

    /** The service a 6.0 URI names: the element holding it, else the element of the first record with it. */
    DigitalPublicService serviceByUri(String uri) {
        return context.uris.holder(uri) instanceof DigitalPublicService holder ? holder : serviceByRecordUri.get(uri);
    }

    private ReleaseMergeTally mergeCapabilities(JsonTable table, ReleaseMergeTally tally) {
        int matched = 0;
        int added = 0;
        Map<PolicyDomains, ReleaseMatcher<DigitalBusinessCapability>> matchers = new LinkedHashMap<>();
        for (CapabilityRecord record : table.capabilities()) {
            PolicyDomains kind = context.domainOf(record, table);
            PolicyDomain domain = context.domain(kind);
            DigitalBusinessCapability capability = matchers
                    .computeIfAbsent(kind, key -> new ReleaseMatcher<>(new ArrayList<>(domain.getCapabilities()), Element::getName))
                    .pair(record.name());
            if (capability != null) {
                noteMatch(capability, record);
                matched++;
            } else {
                capability = FACTORY.createDigitalBusinessCapability();
                addNew(capability, record, table, "capability");
                domain.getCapabilities().add(capability);
                added++;
            }
            context.uris.claim(capability, record.id(), table.fileName(), record.id());
            capabilityByUri.putIfAbsent(record.id(), capability);
        }
        return tally.withCapabilities(matched, added);
    }

    private ReleaseMergeTally mergeServices(JsonTable table, ReleaseMergeTally tally) {
        int matched = 0;
        int added = 0;
        Map<PolicyDomains, ReleaseMatcher<DigitalPublicService>> matchers = new LinkedHashMap<>();
        for (ServiceRecord record : table.services()) {
            PolicyDomains kind = context.domainOf(record, table);
            PolicyDomain domain = context.domain(kind);
            DigitalPublicService service = matchers
                    .computeIfAbsent(kind, key -> new ReleaseMatcher<>(new ArrayList<>(domain.getServices()), Element::getName))
                    .pair(record.name());
            if (service != null) {
                noteMatch(service, record);
                matched++;
            } else {
                service = FACTORY.createDigitalPublicService();
                addNew(service, record, table, "service");
                domain.getServices().add(service);
                added++;
            }
            serviceOf.put(record, service);
            serviceByRecordUri.putIfAbsent(record.id(), service);
        }
        return tally.withServices(matched, added, 0);
    }

    private void linkServicesToCapabilities(JsonTable table) {
        for (ServiceRecord record : table.services()) {
            DigitalPublicService service = serviceOf.get(record);
            for (String uri : record.capabilityIds()) {
                DigitalBusinessCapability capability = capabilityByUri.get(uri);
                if (capability == null) {
                    context.gaps.record(DataGapKind.UNRESOLVED_REFERENCE, table.fileName(), record.id(), "realises", uri,
                            "no capability of release 6.0 has this URI; no link is made", service);
                } else if (!service.getRealises().contains(capability)) {
                    service.getRealises().add(capability);
                }
            }
        }
    }

    /**
     * The capabilities file lists each capability's services by URI and name: a reference goes to
     * the services-file record with that URI and name, else to whatever holds the URI.
     */
    private void linkCapabilitiesToServices(JsonTable table) {
        for (CapabilityRecord record : table.capabilities()) {
            DigitalBusinessCapability capability = capabilityByUri.get(record.id());
            for (NamedReference reference : record.services()) {
                DigitalPublicService service = serviceOf.entrySet().stream()
                        .filter(entry -> entry.getKey().id().equals(reference.id())
                                && ReleaseNames.key(entry.getKey().name()).equals(ReleaseNames.key(reference.name())))
                        .map(Map.Entry::getValue).findFirst().orElseGet(() -> serviceByUri(reference.id()));
                if (service == null) {
                    context.gaps.record(DataGapKind.UNRESOLVED_REFERENCE, table.fileName(), record.id(), "realisedBy",
                            reference.id(), "release 6.0 names no service '" + reference.name().strip() + "' with this URI; no link is made",
                            capability);
                } else if (!capability.getRealisedBy().contains(service)) {
                    capability.getRealisedBy().add(service);
                }
            }
        }
    }

    /** Records on a matched element the identifier (and, where it differs, the name) 6.0 gives it. */
    private static void noteMatch(Element element, SourceRecord record) {
        Elements.addProperty(element, Elements.RELEASE_6_ID, record.id());
        String name6 = Names.clean(record.name());
        if (!name6.equals(element.getName())) {
            Elements.addProperty(element, "egovera6:name", name6);
        }
    }

    private void addNew(Element element, SourceRecord record, JsonTable table, String what) {
        String wanted = "v6." + Names.localName(record.id()).replaceAll("[^A-Za-z0-9_.-]", "");
        element.setId(context.uniqueId(wanted));
        element.setName(Names.clean(record.name()));
        element.setProvenance(Elements.provenance(table.layout().release(), record.id(), table.fileName()));
        if (!element.getId().equals(wanted)) {
            context.gaps.record(DataGapKind.DUPLICATE_ID, table.fileName(), record.id(), "id", record.id(),
                    "a second record with this identifier; kept as " + element.getId(), element);
        }
        context.gaps.record(DataGapKind.UNMATCHED_RELEASE_ENTRY, table.fileName(), record.id(), "name", Names.clean(record.name()),
                "no " + what + " of the 2021 release has this name; kept as a new " + what + " of release 6.0", element);
    }
}
