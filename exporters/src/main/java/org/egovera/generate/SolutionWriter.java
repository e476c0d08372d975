package org.egovera.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.egovera.generate.Draw.Stream;
import org.egovera.model.EgoveraPackage.Literals;
import org.egovera.model.Sourcing;
import org.egovera.model.io.Progress;

/**
 * Writes the solution building blocks: for each eGovERA block, {@code solutionsPerBlock} solutions
 * of every sourcing (national systems, central Commission systems, systems one Member State shares,
 * collaborative developments, market products), each with the block's ArchiMate type, its provider,
 * the Member States using it and platforms that respect the circles of trust.
 */
final class SolutionWriter {

    /** Sourcings and their weights out of 100. */
    private static final Sourcing[] SOURCINGS = {
        Sourcing.NATIONAL, Sourcing.CENTRAL, Sourcing.SHARED, Sourcing.COLLABORATIVE, Sourcing.MARKET };
    private static final int[] WEIGHTS = { 40, 15, 15, 15, 15 };

    private final CataloguePlan plan;
    private final CatalogueLayout layout;
    private final Names names;
    private final List<Vocabulary.MemberStateName> memberStates;
    private final XmiStreamWriter xmi;
    private final Progress progress;

    SolutionWriter(CataloguePlan plan, Names names, List<Vocabulary.MemberStateName> memberStates, XmiStreamWriter xmi,
            Progress progress) {
        this.plan = plan;
        this.layout = plan.layout();
        this.names = names;
        this.memberStates = memberStates;
        this.xmi = xmi;
        this.progress = progress;
    }

    void write() throws IOException {
        int total = layout.totalSolutions();
        for (int s = 0; s < total; s++) {
            xmi.element(Literals.CATALOGUE__SOLUTION_BUILDING_BLOCKS, solution(s));
            if ((s & 1023) == 1023) {
                progress.advance(1024);
            }
        }
        progress.advance(total & 1023);
    }

    private XmiRecord solution(int s) {
        int perBlock = layout.settings().solutionsPerBlock();
        int block = s / perBlock;
        int k = s % perBlock;
        SplittableRandom random = Draw.of(plan.seed(), Stream.SOLUTION, s);
        Sourcing sourcing = sourcing(random);
        Vocabulary.MemberStateName owner = memberStates.get(random.nextInt(memberStates.size()));
        List<String> usedBy = usedBy(sourcing, owner, random);
        List<String> consumers = Draw.chance(random, 20)
                ? List.of(Draw.chance(random, 50) ? FrameworkIds.TRADERS : FrameworkIds.INTERMEDIARIES) : List.of();
        List<String> platforms = new ArrayList<>(switch (sourcing) {
            case CENTRAL -> List.of(FrameworkIds.CDCO);
            case NATIONAL -> List.of(Draw.chance(random, 70) ? FrameworkIds.CCN2NG : FrameworkIds.CCN_CSI);
            case SHARED, COLLABORATIVE -> List.of(FrameworkIds.CCN2NG);
            case MARKET -> List.of(FrameworkIds.SHARED_SERVICES);
        });
        // CDCO is reached through SPEED2(ng); every other platform needs it beside for untrusted consumers.
        if (!consumers.isEmpty() && sourcing != Sourcing.CENTRAL) {
            platforms.add(FrameworkIds.SPEED2NG);
        }
        String provider = switch (sourcing) {
            case CENTRAL -> Draw.chance(random, 50) ? FrameworkIds.TAXUD : FrameworkIds.COMMISSION;
            case NATIONAL, SHARED -> owner.isoCode();
            case COLLABORATIVE -> usedBy.get(0);
            case MARKET -> FrameworkIds.SUPPLIER;
        };
        String phrase = Character.toLowerCase(names.block(block).charAt(0)) + names.block(block).substring(1);
        List<String> nouns = layout.vocabulary().solutionNouns();
        String noun = nouns.get(k % nouns.size()) + (k < nouns.size() ? "" : " " + (k / nouns.size() + 1));
        String name = switch (sourcing) {
            case CENTRAL -> "EU " + phrase + " " + noun;
            case NATIONAL -> owner.adjective() + " " + phrase + " " + noun;
            case SHARED -> owner.adjective() + " " + phrase + " " + noun + ", shared";
            case COLLABORATIVE -> "Joint " + phrase + " " + noun;
            case MARKET -> "Commercial " + phrase + " " + noun;
        };
        return new XmiRecord(Literals.SOLUTION_BUILDING_BLOCK)
                .set(Literals.ELEMENT__ID, CatalogueLayout.solutionId(s))
                .set(Literals.ELEMENT__NAME, name)
                .set(Literals.ELEMENT__DESCRIPTION, origin(sourcing, owner, usedBy.size()) + ", implementing "
                        + layout.blockId(block) + " (" + names.block(block) + ").")
                .set(Literals.BUILDING_BLOCK__ARCHIMATE_TYPE, names.blockConcept(block).type())
                .refs(Literals.SERVICE_PROVISION__CONSUMERS, consumers)
                .refs(Literals.SERVICE_PROVISION__EXPOSED_THROUGH, platforms)
                .refs(Literals.SOLUTION_BUILDING_BLOCK__IMPLEMENTS, DomainWriter.ids(plan.implementsLinks(), s, layout::blockId))
                .set(Literals.SOLUTION_BUILDING_BLOCK__SOURCING, sourcing)
                .ref(Literals.SOLUTION_BUILDING_BLOCK__PROVIDER, provider)
                .refs(Literals.SOLUTION_BUILDING_BLOCK__USED_BY, usedBy);
    }

    private static Sourcing sourcing(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (int i = 0; i < SOURCINGS.length; i++) {
            draw -= WEIGHTS[i];
            if (draw < 0) {
                return SOURCINGS[i];
            }
        }
        return SOURCINGS[0];
    }

    /** The Member States using a solution, in the order of the vocabulary; none for a central one, used by all. */
    private List<String> usedBy(Sourcing sourcing, Vocabulary.MemberStateName owner, SplittableRandom random) {
        int wanted = switch (sourcing) {
            case CENTRAL -> 0;
            case NATIONAL -> 1;
            case SHARED -> 2 + random.nextInt(3);
            case COLLABORATIVE -> 2 + random.nextInt(4);
            case MARKET -> 1 + random.nextInt(3);
        };
        TreeSet<Integer> chosen = new TreeSet<>();
        if (sourcing == Sourcing.NATIONAL || sourcing == Sourcing.SHARED) {
            chosen.add(memberStates.indexOf(owner));
        }
        wanted = Math.min(wanted, memberStates.size());
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(memberStates.size()));
        }
        List<String> ids = new ArrayList<>(chosen.size());
        chosen.forEach(index -> ids.add(memberStates.get(index).isoCode()));
        return ids;
    }

    private String origin(Sourcing sourcing, Vocabulary.MemberStateName owner, int users) {
        return switch (sourcing) {
            case CENTRAL -> "Central solution, developed and operated by the Commission for all Member States";
            case NATIONAL -> "National solution of " + owner.name();
            case SHARED -> "Solution of " + owner.name() + ", shared with " + (users - 1) + " other Member State" + (users > 2 ? "s" : "");
            case COLLABORATIVE -> "Solution developed jointly by " + users + " Member States";
            case MARKET -> "Product bought from the market, in use in " + users + " Member State" + (users > 1 ? "s" : "");
        };
    }
}
