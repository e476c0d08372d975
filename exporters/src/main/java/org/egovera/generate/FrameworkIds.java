package org.egovera.generate;

import java.util.List;

/**
 * The identifiers of the vocabulary's actors and platforms that the writers name in their rules
 * (who consumes a service, which platform a solution is exposed on). {@link Vocabulary} checks at
 * load time that each of them exists.
 */
final class FrameworkIds {

    static final String COMMISSION = "EC";
    static final String TAXUD = "DG-TAXUD";
    static final String TAX_ADMINISTRATION = "NTA";
    static final String CUSTOMS_ADMINISTRATION = "NCA";
    static final String SUPPLIER = "SUPPLIER";
    static final String ADMINISTRATIONS = "MS-ADMINISTRATIONS";
    static final String TRADERS = "TRADERS";
    static final String INTERMEDIARIES = "INTERMEDIARIES";
    static final String CITIZENS = "CITIZENS";

    static final String CCN_CSI = "CCN-CSI";
    static final String CCN2NG = "CCN2NG";
    static final String SPEED2NG = "SPEED2NG";
    static final String CDCO = "CDCO";
    static final String SHARED_SERVICES = "SHARED-SERVICES";

    /** Stands for every Member State in the vocabulary's lists of members and performers. */
    static final String EVERY_MEMBER_STATE = "MS";

    static final List<String> ACTORS = List.of(COMMISSION, TAXUD, TAX_ADMINISTRATION, CUSTOMS_ADMINISTRATION, SUPPLIER,
            ADMINISTRATIONS, TRADERS, INTERMEDIARIES, CITIZENS);
    static final List<String> PLATFORMS = List.of(CCN_CSI, CCN2NG, SPEED2NG, CDCO, SHARED_SERVICES);

    private FrameworkIds() {
    }
}
