package org.egovera.io.egoverajson;

/**
 * How the entries of release 6.0 met the 2021 catalogue.
 *
 * @param capabilitiesMatched      6.0 capabilities matched to a 2021 capability by name
 * @param capabilitiesAdded        6.0 capabilities kept as new elements
 * @param servicesMatched          records of the 6.0 services file matched to a 2021 service by name
 * @param servicesAdded            records of the 6.0 services file kept as new elements
 * @param servicesNamedByCapabilities 2021 services that only the 6.0 capabilities file names (and gives a URI)
 * @param blocksMatchedByName      6.0 building blocks matched to a 2021 block by name
 * @param blocksMatchedByAct       6.0 legal blocks matched to a 2021 block naming the same EU act
 * @param blocksReusingEira        6.0 entries that are EIRA blocks themselves (identified by an EIRA PURI)
 * @param blocksAdded              6.0 building blocks kept as new elements
 */
public record ReleaseMergeTally(int capabilitiesMatched, int capabilitiesAdded, int servicesMatched, int servicesAdded,
        int servicesNamedByCapabilities, int blocksMatchedByName, int blocksMatchedByAct, int blocksReusingEira,
        int blocksAdded) {

    static final ReleaseMergeTally NONE = new ReleaseMergeTally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int matched() {
        return capabilitiesMatched + servicesMatched + servicesNamedByCapabilities + blocksMatchedByName + blocksMatchedByAct
                + blocksReusingEira;
    }

    public int unmatched() {
        return capabilitiesAdded + servicesAdded + blocksAdded;
    }

    ReleaseMergeTally withCapabilities(int matched, int added) {
        return new ReleaseMergeTally(matched, added, servicesMatched, servicesAdded, servicesNamedByCapabilities,
                blocksMatchedByName, blocksMatchedByAct, blocksReusingEira, blocksAdded);
    }

    ReleaseMergeTally withServices(int matched, int added, int namedByCapabilities) {
        return new ReleaseMergeTally(capabilitiesMatched, capabilitiesAdded, matched, added, namedByCapabilities,
                blocksMatchedByName, blocksMatchedByAct, blocksReusingEira, blocksAdded);
    }

    ReleaseMergeTally withBlocks(int byName, int byAct, int reusingEira, int added) {
        return new ReleaseMergeTally(capabilitiesMatched, capabilitiesAdded, servicesMatched, servicesAdded,
                servicesNamedByCapabilities, byName, byAct, reusingEira, added);
    }
}
