package org.egovera.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.egovera.model.AbbOrigin;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.TrustLevel;

/**
 * Writes what every catalogue shares whatever its size: the EIRA library (real EIRA blocks with
 * their persistent URIs), the Member States and other actors, the platforms of the tax IT strategy
 * and its three circles of trust.
 */
final class FrameworkWriter {

    private final CatalogueLayout layout;
    private final Vocabulary vocabulary;
    private final XmiStreamWriter xmi;

    FrameworkWriter(CatalogueLayout layout, XmiStreamWriter xmi) {
        this.layout = layout;
        this.vocabulary = layout.vocabulary();
        this.xmi = xmi;
    }

    void writeLibrary() throws IOException {
        for (Vocabulary.EiraConcept concept : vocabulary.eiraConcepts()) {
            xmi.element(Literals.CATALOGUE__EIRA_LIBRARY, new XmiRecord(Literals.ARCHITECTURE_BUILDING_BLOCK)
                    .set(Literals.ELEMENT__ID, CatalogueLayout.eiraId(concept))
                    .set(Literals.ELEMENT__NAME, concept.name())
                    .set(Literals.ELEMENT__DESCRIPTION, "EIRA building block of the " + concept.view().getLiteral()
                            + ", an ArchiMate " + concept.type().getLiteral() + ".")
                    .set(Literals.ELEMENT__PERSISTENT_URI, concept.persistentUri())
                    .set(Literals.BUILDING_BLOCK__ARCHIMATE_TYPE, concept.type())
                    .set(Literals.ARCHITECTURE_BUILDING_BLOCK__VIEW, concept.view())
                    .set(Literals.ARCHITECTURE_BUILDING_BLOCK__DCT_TYPE, "eira:" + concept.localName())
                    .set(Literals.ARCHITECTURE_BUILDING_BLOCK__ORIGIN, AbbOrigin.EIRA));
        }
    }

    void writeActors() throws IOException {
        for (Vocabulary.ActorEntry actor : vocabulary.actors()) {
            XmiRecord record = new XmiRecord(actor.actorClass() ? Literals.ACTOR_CLASS : Literals.ORGANISATION)
                    .set(Literals.ELEMENT__ID, actor.id())
                    .set(Literals.ELEMENT__NAME, actor.name())
                    .set(Literals.ACTOR__TRUST_LEVEL, actor.trustLevel());
            if (!actor.actorClass()) {
                record.set(Literals.ORGANISATION__GENERIC, actor.generic())
                        .ref(Literals.ORGANISATION__PART_OF, actor.partOf());
            }
            xmi.element(Literals.CATALOGUE__ACTORS, record);
        }
        for (Vocabulary.MemberStateName state : memberStates()) {
            xmi.element(Literals.CATALOGUE__ACTORS, new XmiRecord(Literals.MEMBER_STATE)
                    .set(Literals.ELEMENT__ID, state.isoCode())
                    .set(Literals.ELEMENT__NAME, state.name())
                    .set(Literals.ELEMENT__DESCRIPTION, "Member State of the European Union; its administrations are trusted.")
                    .set(Literals.ACTOR__TRUST_LEVEL, TrustLevel.TRUSTED)
                    .set(Literals.MEMBER_STATE__ISO_CODE, state.isoCode()));
        }
    }

    void writePlatforms() throws IOException {
        for (Vocabulary.PlatformEntry platform : vocabulary.platforms()) {
            xmi.element(Literals.CATALOGUE__PLATFORMS, new XmiRecord(Literals.PLATFORM)
                    .set(Literals.ELEMENT__ID, platform.id())
                    .set(Literals.ELEMENT__NAME, platform.name())
                    .set(Literals.PLATFORM__KIND, platform.kind())
                    .refs(Literals.PLATFORM__REACHED_THROUGH, platform.reachedThrough()));
        }
    }

    void writeCirclesOfTrust() throws IOException {
        for (Vocabulary.CircleEntry circle : vocabulary.circles()) {
            List<String> members = new ArrayList<>();
            for (String member : circle.members()) {
                if (FrameworkIds.EVERY_MEMBER_STATE.equals(member)) {
                    memberStates().forEach(state -> members.add(state.isoCode()));
                } else {
                    members.add(member);
                }
            }
            xmi.element(Literals.CATALOGUE__CIRCLES_OF_TRUST, new XmiRecord(Literals.CIRCLE_OF_TRUST)
                    .set(Literals.ELEMENT__ID, circle.id())
                    .set(Literals.ELEMENT__NAME, circle.name())
                    .set(Literals.CIRCLE_OF_TRUST__TRUST_LEVEL, circle.trustLevel())
                    .refs(Literals.CIRCLE_OF_TRUST__MEMBERS, members)
                    .refs(Literals.CIRCLE_OF_TRUST__PLATFORMS, circle.platforms()));
        }
    }

    /** The Member States taking part: the first {@code memberStates} of the vocabulary's list. */
    List<Vocabulary.MemberStateName> memberStates() {
        return vocabulary.memberStates().subList(0, layout.settings().memberStates());
    }

    /** How many elements this writer writes. */
    long elementCount() {
        return vocabulary.eiraConcepts().size() + vocabulary.actors().size() + layout.settings().memberStates()
                + vocabulary.platforms().size() + vocabulary.circles().size();
    }
}
