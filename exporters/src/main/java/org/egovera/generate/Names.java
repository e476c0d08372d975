package org.egovera.generate;

import java.util.List;

/**
 * The names of generated elements, built from the vocabulary so that they read like the real
 * catalogue's ("VAT refund processing", "Customs declaration validation service for businesses")
 * and are distinct within their kind.
 */
final class Names {

    private final CataloguePlan plan;
    private final CatalogueLayout layout;
    private final Vocabulary vocabulary;

    Names(CataloguePlan plan) {
        this.plan = plan;
        this.layout = plan.layout();
        this.vocabulary = layout.vocabulary();
    }

    /** A capability's subject and action, for its name and description. */
    record CapabilityName(String subject, String action, int round) {
        String name() {
            return capitalise(subject + " " + action) + variant(round);
        }
    }

    record ServiceName(String subject, String kind, Vocabulary.Channel channel, int round) {
        String name() {
            return capitalise(subject + " " + kind + " service " + channel.phrase()) + variant(round);
        }
    }

    record ProcessName(String subject, String procedure, Vocabulary.MemberStateName memberState, int round) {
        String name() {
            return memberState.adjective() + " " + subject + " " + procedure + variant(round);
        }
    }

    CapabilityName capability(int capability) {
        int key = plan.capabilitySubjectKey(capability);
        String subject = subjectOfKey(capability, key);
        List<String> actions = vocabulary.capabilityActions();
        Combinations choices = new Combinations(plan.seed(), 1_000_000L + key, actions.size());
        int ordinal = plan.capabilityOrdinal(capability);
        return new CapabilityName(subject, actions.get(choices.digits(ordinal)[0]), choices.round(ordinal));
    }

    ServiceName service(int service) {
        int key = plan.serviceSubjectKey(service);
        String subject = layout.domain(layout.domainOfService(service)).subjects().get(plan.subjectOfKey(key));
        List<String> kinds = vocabulary.serviceKinds();
        List<Vocabulary.Channel> channels = vocabulary.channels();
        Combinations choices = new Combinations(plan.seed(), 2_000_000L + key, kinds.size(), channels.size());
        int ordinal = plan.serviceOrdinal(service);
        int[] digits = choices.digits(ordinal);
        return new ServiceName(subject, kinds.get(digits[0]), channels.get(digits[1]), choices.round(ordinal));
    }

    String blockSubject(int block) {
        return layout.domain(layout.domainOfBlock(block)).subjects().get(plan.blockSubject(block));
    }

    Vocabulary.EiraConcept blockConcept(int block) {
        return vocabulary.eiraConcepts().get(plan.blockConcept(block));
    }

    String block(int block) {
        return capitalise(blockSubject(block) + " " + blockConcept(block).phrase()) + variant(plan.blockRound(block));
    }

    /** A process's subject, procedure and Member State; distinct within its domain. */
    ProcessName process(int process) {
        int d = layout.domainOfProcess(process);
        List<String> subjects = layout.domain(d).subjects();
        List<String> procedures = vocabulary.procedures();
        int states = layout.settings().memberStates();
        Combinations choices = new Combinations(plan.seed(), 3_000_000L + d, subjects.size(), procedures.size(), states);
        int local = process - layout.processStart(d);
        int[] digits = choices.digits(local);
        return new ProcessName(subjects.get(digits[0]), procedures.get(digits[1]),
                vocabulary.memberStates().get(digits[2]), choices.round(local));
    }

    /** A name as a dct:type local name: words capitalised and joined ("VATRefundDataExchangeService"). */
    static String typeName(String name) {
        StringBuilder type = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                type.append(wordStart ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return type.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String subjectOfKey(int capability, int key) {
        return layout.domain(layout.domainOfCapability(capability)).subjects().get(plan.subjectOfKey(key));
    }

    private static String variant(int round) {
        return round == 0 ? "" : " (variant " + (round + 1) + ")";
    }
}
