package org.egovera.model.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.egovera.model.Actor;
import org.egovera.model.Platform;
import org.egovera.model.PlatformKind;
import org.egovera.model.ServiceProvision;
import org.egovera.model.TrustLevel;

/**
 * The circles of trust of the tax IT strategy: untrusted actors reach services only through
 * SPEED2(ng); centrally operated (CDCO) applications are reached through the other platforms,
 * except by Commission users.
 */
final class CircleOfTrust {

    private CircleOfTrust() {
    }

    /** The untrusted consumers of a service that no SPEED2(ng) platform gives access to. */
    static List<Actor> untrustedWithoutSpeed(ServiceProvision provision) {
        if (accessPlatforms(provision).stream().anyMatch(platform -> platform.getKind() == PlatformKind.SPEED2NG)) {
            return List.of();
        }
        return provision.getConsumers().stream()
                .filter(actor -> actor.getTrustLevel() == TrustLevel.UNTRUSTED)
                .toList();
    }

    /**
     * Consumers outside the Commission of a service exposed only on CDCO platforms that are reached
     * through no other platform.
     */
    static List<Actor> reachingCdcoDirectly(ServiceProvision provision) {
        List<Platform> platforms = provision.getExposedThrough();
        boolean cdcoOnly = !platforms.isEmpty() && platforms.stream()
                .allMatch(platform -> platform.getKind() == PlatformKind.CDCO && platform.getReachedThrough().isEmpty());
        if (!cdcoOnly) {
            return List.of();
        }
        return provision.getConsumers().stream()
                .filter(actor -> actor.getTrustLevel() != TrustLevel.COMMISSION_INTERNAL)
                .toList();
    }

    /** The platforms a consumer can use: those the service is exposed on, and those leading to them. */
    static Set<Platform> accessPlatforms(ServiceProvision provision) {
        Set<Platform> platforms = new LinkedHashSet<>(provision.getExposedThrough());
        for (Platform platform : provision.getExposedThrough()) {
            platforms.addAll(platform.getReachedThrough());
        }
        return platforms;
    }
}
