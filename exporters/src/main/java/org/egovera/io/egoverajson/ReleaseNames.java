package org.egovera.io.egoverajson;

import java.util.Locale;

import org.egovera.io.support.Names;

/**
 * The rules by which a name of release 6.0 and a name of the 2021 release are taken to be the same
 * name. Matching is exact on the key these rules give; nothing is fuzzy.
 * <ol>
 * <li>case, surrounding and repeated spaces, and a final full stop are ignored;</li>
 * <li>the suffix " Digital Public Service", which 6.0 adds to most tax service names, is dropped;</li>
 * <li>the 2021 typo "managmenet" reads "management" (6.0 corrected it in one service name);</li>
 * <li>"-ization" reads "-isation" (6.0 writes "Anonymisation" where 2021 wrote "Anonymization").</li>
 * </ol>
 */
final class ReleaseNames {

    static final String SERVICE_SUFFIX = " digital public service";

    private ReleaseNames() {
    }

    static String key(String name) {
        String key = Names.clean(name).toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        if (key.endsWith(SERVICE_SUFFIX)) {
            key = key.substring(0, key.length() - SERVICE_SUFFIX.length()).strip();
        }
        return key.replace("managmenet", "management").replace("ization", "isation");
    }

    /**
     * True if a 6.0 URI spells the name: its local name, without the class suffix 6.0 appends
     * ({@code BusinessService}, {@code Capability}), has the same letters and digits as the name.
     */
    static boolean uriSpells(String uri, String name) {
        String local = Names.localName(uri);
        for (String suffix : new String[] {"BusinessService", "Capability"}) {
            if (local.endsWith(suffix)) {
                local = local.substring(0, local.length() - suffix.length());
            }
        }
        return Names.compact(local).equals(Names.compact(key(name)));
    }
}
