package org.egovera.generate;

import java.util.BitSet;
import java.util.SplittableRandom;

import org.egovera.generate.Draw.Stream;

/**
 * The links of a catalogue that must be known before it is written: EMF writes both ends of a
 * bidirectional reference, and a capability (written first) lists the services realising it.
 * Drawn once, packed as ints; everything else is drawn while writing. A few megabytes for a
 * million elements.
 */
final class CataloguePlan {

    /** Blocks of one subject in a row: two services' worth. */
    static final int SUBJECT_RUN = 2 * CatalogueLayout.BLOCKS_PER_SERVICE;

    private final CatalogueLayout layout;
    private final long seed;
    private final int concepts;
    private final int[][] conceptOrder;
    private final int[][] subjectOrder;
    private final int[] subjectKeyStart;
    private final BitSet obsolete = new BitSet();
    private final int[] nextSameConcept;
    private final int[] previousSameConcept;
    private final int[] capabilitySubject;
    private final int[] capabilityOrdinal;
    private final int[] broader;
    private final int[] serviceOrdinal;
    private final IntLists realises;
    private final IntLists realisedBy;
    private final IntLists narrower;
    private final IntLists uses;
    private final IntLists usedBy;
    private final IntLists implementsLinks;
    private final IntLists implementedBy;
    private final IntLists servicesBySubject;

    CataloguePlan(CatalogueLayout layout) {
        this.layout = layout;
        this.seed = layout.settings().seed();
        this.concepts = layout.vocabulary().eiraConcepts().size();
        int domains = layout.domainCount();
        conceptOrder = new int[domains][];
        subjectOrder = new int[domains][];
        subjectKeyStart = new int[domains + 1];
        for (int d = 0; d < domains; d++) {
            int subjects = layout.domain(d).subjects().size();
            conceptOrder[d] = Draw.permutation(seed, 2L * d, concepts);
            subjectOrder[d] = Draw.permutation(seed, 2L * d + 1, subjects);
            subjectKeyStart[d + 1] = subjectKeyStart[d] + subjects;
        }
        nextSameConcept = new int[layout.totalBlocks()];
        previousSameConcept = new int[layout.totalBlocks()];
        linkSameConcepts();
        for (int b = 0; b < layout.totalBlocks(); b++) {
            int local = b - layout.blockStart(layout.domainOfBlock(b));
            // The first block of a domain stays active so that every service has something to use.
            if (local > 0 && Draw.chance(Draw.of(seed, Stream.BLOCK, b), 1)) {
                obsolete.set(b);
            }
        }
        serviceOrdinal = ordinals(layout.totalServices(), this::serviceSubjectKey);
        capabilitySubject = new int[layout.totalCapabilities()];
        for (int c = 0; c < capabilitySubject.length; c++) {
            capabilitySubject[c] = serviceSubjectKey(firstServiceOf(c));
        }
        capabilityOrdinal = ordinals(capabilitySubject.length, c -> capabilitySubject[c]);
        broader = drawBroader();
        realises = drawRealises();
        uses = drawUses();
        implementsLinks = drawImplements();
        realisedBy = realises.inverse(layout.totalCapabilities());
        usedBy = uses.inverse(layout.totalBlocks());
        implementedBy = implementsLinks.inverse(layout.totalBlocks());
        IntLists.Builder broaderLists = new IntLists.Builder(broader.length, broader.length);
        for (int c = 0; c < broader.length; c++) {
            if (broader[c] >= 0) {
                broaderLists.add(c, broader[c]);
            }
        }
        narrower = broaderLists.build().inverse(broader.length);
        IntLists.Builder subjectOfService = new IntLists.Builder(layout.totalServices(), layout.totalServices());
        for (int s = 0; s < layout.totalServices(); s++) {
            subjectOfService.add(s, serviceSubjectKey(s));
        }
        servicesBySubject = subjectOfService.build().inverse(subjectKeyStart[domains]);
    }

    CatalogueLayout layout() {
        return layout;
    }

    long seed() {
        return seed;
    }

    // ---------------------------------------------------------------- blocks

    int blockLocal(int block) {
        return block - layout.blockStart(layout.domainOfBlock(block));
    }

    /**
     * A block's position among the blocks of its subject: subjects take turns in runs of
     * {@link #SUBJECT_RUN} blocks (two services' worth), so that a service's blocks share its subject
     * and a small catalogue still has several subjects.
     */
    private int blockSlot(int block) {
        int d = layout.domainOfBlock(block);
        int local = blockLocal(block);
        int run = local / SUBJECT_RUN;
        return (run / subjectOrder[d].length) * SUBJECT_RUN + local % SUBJECT_RUN;
    }

    /** The index in the vocabulary of the EIRA concept a block specialises. */
    int blockConcept(int block) {
        return conceptOrder[layout.domainOfBlock(block)][blockSlot(block) % concepts];
    }

    /** The index in its domain's subject list of a block's subject. */
    int blockSubject(int block) {
        int d = layout.domainOfBlock(block);
        return subjectOrder[d][(blockLocal(block) / SUBJECT_RUN) % subjectOrder[d].length];
    }

    /** 0 the first time a subject and concept are combined in a domain, 1 the second time... */
    int blockRound(int block) {
        return blockSlot(block) / concepts;
    }

    boolean isObsolete(int block) {
        return obsolete.get(block);
    }

    /** The next block of the same domain and concept (so of the same type), or -1. */
    int sameConceptAfter(int block) {
        return nextSameConcept[block];
    }

    /** The previous block of the same domain and concept, or -1. */
    int sameConceptBefore(int block) {
        return previousSameConcept[block];
    }

    IntLists usedBy() {
        return usedBy;
    }

    IntLists implementedBy() {
        return implementedBy;
    }

    // ---------------------------------------------------------------- services and capabilities

    int firstPrimaryBlock(int service) {
        int d = layout.domainOfService(service);
        int local = service - layout.serviceStart(d);
        return layout.blockStart(d) + (int) ((long) local * layout.blocks(d) / layout.services(d));
    }

    int endPrimaryBlocks(int service) {
        int d = layout.domainOfService(service);
        int local = service - layout.serviceStart(d);
        return layout.blockStart(d) + (int) ((long) (local + 1) * layout.blocks(d) / layout.services(d));
    }

    /** A subject as a key unique across domains. */
    int serviceSubjectKey(int service) {
        int d = layout.domainOfService(service);
        return subjectKeyStart[d] + blockSubject(firstPrimaryBlock(service));
    }

    int subjectOfKey(int key) {
        int d = CatalogueLayout.domainOf(subjectKeyStart, key);
        return key - subjectKeyStart[d];
    }

    int subjectKey(int domain, int subject) {
        return subjectKeyStart[domain] + subject;
    }

    /** How many services of the same subject come before this one. */
    int serviceOrdinal(int service) {
        return serviceOrdinal[service];
    }

    int capabilitySubjectKey(int capability) {
        return capabilitySubject[capability];
    }

    int capabilityOrdinal(int capability) {
        return capabilityOrdinal[capability];
    }

    int broader(int capability) {
        return broader[capability];
    }

    IntLists narrower() {
        return narrower;
    }

    IntLists realises() {
        return realises;
    }

    IntLists realisedBy() {
        return realisedBy;
    }

    IntLists uses() {
        return uses;
    }

    IntLists implementsLinks() {
        return implementsLinks;
    }

    IntLists servicesBySubject() {
        return servicesBySubject;
    }

    private void linkSameConcepts() {
        int[] last = new int[concepts];
        for (int d = 0; d < layout.domainCount(); d++) {
            java.util.Arrays.fill(last, -1);
            for (int b = layout.blockStart(d); b < layout.blockStart(d + 1); b++) {
                int concept = blockConcept(b);
                previousSameConcept[b] = last[concept];
                nextSameConcept[b] = -1;
                if (last[concept] >= 0) {
                    nextSameConcept[last[concept]] = b;
                }
                last[concept] = b;
            }
        }
    }

    private int primaryCapability(int service) {
        int d = layout.domainOfService(service);
        int local = service - layout.serviceStart(d);
        return layout.capabilityStart(d) + (int) ((long) local * layout.capabilities(d) / layout.services(d));
    }

    private int firstServiceOf(int capability) {
        int d = layout.domainOfCapability(capability);
        int local = capability - layout.capabilityStart(d);
        long numerator = (long) local * layout.services(d);
        return layout.serviceStart(d) + (int) ((numerator + layout.capabilities(d) - 1) / layout.capabilities(d));
    }

    private int[] ordinals(int count, java.util.function.IntUnaryOperator key) {
        int[] seen = new int[subjectKeyStart[subjectKeyStart.length - 1]];
        int[] ordinals = new int[count];
        for (int i = 0; i < count; i++) {
            ordinals[i] = seen[key.applyAsInt(i)]++;
        }
        return ordinals;
    }

    /** Some capabilities narrow the first capability of their subject ("VAT refund processing" under "VAT refund management"). */
    private int[] drawBroader() {
        int[] result = new int[capabilitySubject.length];
        int[] first = new int[subjectKeyStart[subjectKeyStart.length - 1]];
        java.util.Arrays.fill(first, -1);
        for (int c = 0; c < result.length; c++) {
            int key = capabilitySubject[c];
            result[c] = -1;
            if (first[key] < 0) {
                first[key] = c;
            } else if (Draw.chance(Draw.of(seed, Stream.CAPABILITY, c), 40)) {
                result[c] = first[key];
            }
        }
        return result;
    }

    private IntLists drawRealises() {
        IntLists.Builder lists = new IntLists.Builder(layout.totalServices(), layout.totalServices() * 2);
        for (int s = 0; s < layout.totalServices(); s++) {
            int d = layout.domainOfService(s);
            lists.add(s, primaryCapability(s));
            SplittableRandom random = Draw.of(seed, Stream.SERVICE, s);
            if (layout.capabilities(d) > 1 && Draw.chance(random, 25)) {
                int other = layout.capabilityStart(d) + random.nextInt(layout.capabilities(d));
                if (!lists.contains(s, other)) {
                    lists.add(s, other);
                }
            }
        }
        return lists.build();
    }

    /** Each service uses its own run of blocks and a few shared ones, some of them business-agnostic. */
    private IntLists drawUses() {
        int agnostic = layout.domainCount() - 1;
        IntLists.Builder lists = new IntLists.Builder(layout.totalServices(), layout.totalBlocks() * 2);
        for (int s = 0; s < layout.totalServices(); s++) {
            int d = layout.domainOfService(s);
            SplittableRandom random = Draw.of(seed, Stream.SERVICE, ~(long) s);
            int added = 0;
            for (int b = firstPrimaryBlock(s); b < endPrimaryBlocks(s); b++) {
                if (!obsolete.get(b)) {
                    lists.add(s, b);
                    added++;
                }
            }
            int shared = random.nextInt(4);
            for (int i = 0; i < shared; i++) {
                int from = d != agnostic && Draw.chance(random, 40) ? agnostic : d;
                int block = layout.blockStart(from) + random.nextInt(layout.blocks(from));
                if (!obsolete.get(block) && !lists.contains(s, block)) {
                    lists.add(s, block);
                    added++;
                }
            }
            if (added == 0) {
                lists.add(s, layout.blockStart(d));
            }
        }
        return lists.build();
    }

    /** Solution k of block b is solution b*K+k; one in ten also implements a block of the same concept. */
    private IntLists drawImplements() {
        int perBlock = layout.settings().solutionsPerBlock();
        IntLists.Builder lists = new IntLists.Builder(layout.totalSolutions(), layout.totalSolutions() + layout.totalSolutions() / 8);
        for (int s = 0; s < layout.totalSolutions(); s++) {
            int block = s / perBlock;
            lists.add(s, block);
            if (Draw.chance(Draw.of(seed, Stream.SOLUTION, ~(long) s), 10)) {
                int partner = sameConceptAfter(block) >= 0 ? sameConceptAfter(block) : sameConceptBefore(block);
                if (partner >= 0) {
                    lists.add(s, partner);
                }
            }
        }
        return lists.build();
    }
}
