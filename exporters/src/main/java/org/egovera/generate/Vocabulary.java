package org.egovera.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.ArchimateElementType;
import org.egovera.model.Audience;
import org.egovera.model.EiraView;
import org.egovera.model.PlatformKind;
import org.egovera.model.TaskKind;
import org.egovera.model.TrustLevel;

/**
 * The words synthetic catalogues are built from, read from {@code vocabulary.tsv}: tax, customs and
 * excise subjects, EIRA concepts, Member States, actors, platforms and the steps of procedures.
 */
public final class Vocabulary {

    private static final String RESOURCE = "vocabulary.tsv";

    /** A policy domain and how its identifiers are spelt. */
    public record Domain(String key, String name, String capabilityPrefix, String servicePrefix, String blockPrefix,
            int weight, String authority, List<String> subjects) {
    }

    /** An EIRA building block: its facts, and the phrase a specialisation's name uses. */
    public record EiraConcept(EiraView view, ArchimateElementType type, String name, String persistentUri, String phrase) {

        /** The local name of the persistent URI, which EIRA also uses as the dct:type. */
        public String localName() {
            return persistentUri.substring(persistentUri.lastIndexOf('/') + 1);
        }
    }

    public record Channel(String phrase, Audience audience) {
    }

    public record TaskStep(TaskKind kind, String pattern, String lane) {
    }

    public record MemberStateName(String isoCode, String name, String adjective) {
    }

    public record ActorEntry(String id, boolean actorClass, String name, TrustLevel trustLevel, boolean generic,
            String partOf) {
    }

    public record PlatformEntry(String id, PlatformKind kind, String name, List<String> reachedThrough) {
    }

    public record CircleEntry(String id, TrustLevel trustLevel, String name, List<String> members, List<String> platforms) {
    }

    private static final Vocabulary STANDARD = read();

    private final List<Domain> domains;
    private final List<EiraConcept> eiraConcepts;
    private final List<String> capabilityActions;
    private final List<String> serviceKinds;
    private final List<Channel> channels;
    private final List<String> procedures;
    private final List<TaskStep> taskSteps;
    private final Map<String, String> laneActors;
    private final List<String> solutionNouns;
    private final List<MemberStateName> memberStates;
    private final List<ActorEntry> actors;
    private final List<PlatformEntry> platforms;
    private final List<CircleEntry> circles;

    private Vocabulary(Map<String, List<String[]>> sections) {
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        rows(sections, "subjects").forEach(row -> subjects.computeIfAbsent(row[0], key -> new ArrayList<>()).add(row[1]));
        domains = rows(sections, "domains").stream()
                .map(row -> new Domain(row[0], row[1], row[2], row[3], row[4], Integer.parseInt(row[5]), row[6],
                        List.copyOf(subjects.getOrDefault(row[0], List.of()))))
                .toList();
        eiraConcepts = rows(sections, "eira-concepts").stream()
                .map(row -> new EiraConcept(EiraView.get(row[0]), ArchimateElementType.get(row[1]), row[2], row[3], row[4]))
                .toList();
        capabilityActions = column(sections, "capability-actions");
        serviceKinds = column(sections, "service-kinds");
        channels = rows(sections, "channels").stream().map(row -> new Channel(row[0], Audience.get(row[1]))).toList();
        procedures = column(sections, "procedures");
        taskSteps = rows(sections, "task-steps").stream()
                .map(row -> new TaskStep(TaskKind.get(row[0]), row[1], row[2])).toList();
        laneActors = new LinkedHashMap<>();
        rows(sections, "lanes").forEach(row -> laneActors.put(row[0], row[1]));
        solutionNouns = column(sections, "solution-nouns");
        memberStates = rows(sections, "member-states").stream()
                .map(row -> new MemberStateName(row[0], row[1], row[2])).toList();
        actors = rows(sections, "actors").stream()
                .map(row -> new ActorEntry(row[0], "ActorClass".equals(row[1]), row[2], TrustLevel.get(row[3]),
                        Boolean.parseBoolean(row[4]), "-".equals(row[5]) ? null : row[5]))
                .toList();
        platforms = rows(sections, "platforms").stream()
                .map(row -> new PlatformEntry(row[0], PlatformKind.get(row[1]), row[2], list(row[3]))).toList();
        circles = rows(sections, "circles-of-trust").stream()
                .map(row -> new CircleEntry(row[0], TrustLevel.get(row[1]), row[2], list(row[3]), list(row[4]))).toList();
        check();
    }

    /** The vocabulary shipped with the tool. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    public List<Domain> domains() {
        return domains;
    }

    public List<EiraConcept> eiraConcepts() {
        return eiraConcepts;
    }

    public List<String> capabilityActions() {
        return capabilityActions;
    }

    public List<String> serviceKinds() {
        return serviceKinds;
    }

    public List<Channel> channels() {
        return channels;
    }

    public List<String> procedures() {
        return procedures;
    }

    public List<TaskStep> taskSteps() {
        return taskSteps;
    }

    /** The actor performing a lane's tasks: an actor id, "MS" for a Member State, or "-" for none. */
    public String laneActor(String lane) {
        return laneActors.get(lane);
    }

    public List<String> solutionNouns() {
        return solutionNouns;
    }

    public List<MemberStateName> memberStates() {
        return memberStates;
    }

    public List<ActorEntry> actors() {
        return actors;
    }

    public List<PlatformEntry> platforms() {
        return platforms;
    }

    public List<CircleEntry> circles() {
        return circles;
    }

    /** Fails early on a table that would make the generator write an invalid catalogue. */
    private void check() {
        for (EiraConcept concept : eiraConcepts) {
            if (concept.view() == null || concept.type() == null || !concept.persistentUri().startsWith("http://data.europa.eu/dr8/")) {
                throw new IllegalStateException("vocabulary: incomplete EIRA concept " + concept.name());
            }
        }
        for (TaskStep step : taskSteps) {
            if (step.kind() == null || !laneActors.containsKey(step.lane())) {
                throw new IllegalStateException("vocabulary: task step '" + step.pattern() + "' has an unknown kind or lane");
            }
        }
        for (String id : FrameworkIds.ACTORS) {
            if (actors.stream().noneMatch(actor -> actor.id().equals(id))) {
                throw new IllegalStateException("vocabulary: the generator needs the actor " + id);
            }
        }
        for (String id : FrameworkIds.PLATFORMS) {
            if (platforms.stream().noneMatch(platform -> platform.id().equals(id))) {
                throw new IllegalStateException("vocabulary: the generator needs the platform " + id);
            }
        }
        if (channels.stream().anyMatch(channel -> channel.audience() == null)
                || actors.stream().anyMatch(actor -> actor.trustLevel() == null)
                || platforms.stream().anyMatch(platform -> platform.kind() == null)
                || domains.stream().anyMatch(domain -> domain.subjects().isEmpty())) {
            throw new IllegalStateException("vocabulary: a channel, actor, platform or domain row is incomplete");
        }
    }

    private static List<String> list(String cell) {
        return "-".equals(cell) ? List.of() : List.of(cell.split(","));
    }

    private static List<String> column(Map<String, List<String[]>> sections, String name) {
        return rows(sections, name).stream().map(row -> row[0]).toList();
    }

    private static List<String[]> rows(Map<String, List<String[]>> sections, String name) {
        List<String[]> rows = sections.get(name);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException("vocabulary: section [" + name + "] is missing or empty");
        }
        return rows;
    }

    private static Vocabulary read() {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary: " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), key -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(sections);
    }
}
