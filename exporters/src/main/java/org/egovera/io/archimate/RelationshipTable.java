package org.egovera.io.archimate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ArchiMate relationship table: which relationships the language allows from one concept to
 * another. The rules are data ({@code relationships.table} beside this class, written by category
 * as the specification structures its metamodel); this class expands them into the full table
 * once and answers lookups.
 */
public final class RelationshipTable {

    /** The concept that stands for a relationship used as the end of another relationship. */
    public static final String RELATIONSHIP_CONCEPT = "Relationship";
    private static final String JUNCTION = "Junction";
    private static final String RESOURCE = "relationships.table";

    private static final RelationshipTable STANDARD = load();

    private final Map<String, Map<String, Set<RelationshipType>>> allowed;

    private RelationshipTable(Map<String, Map<String, Set<RelationshipType>>> allowed) {
        this.allowed = allowed;
    }

    /** The table of the ArchiMate specification. */
    public static RelationshipTable standard() {
        return STANDARD;
    }

    /** Every concept of the table: the element types, {@code Junction} and {@code Relationship}. */
    public Set<String> concepts() {
        return Collections.unmodifiableSet(allowed.keySet());
    }

    /**
     * Whether {@code type} may go from a {@code source} to a {@code target}. Concepts are named as
     * the exchange format names element types; {@code AndJunction} and {@code OrJunction} count as
     * {@code Junction}. An unknown concept allows nothing.
     */
    public boolean allows(String source, String target, RelationshipType type) {
        return allowed(source, target).contains(type);
    }

    /** The relationships allowed from a {@code source} to a {@code target}. */
    public Set<RelationshipType> allowed(String source, String target) {
        Map<String, Set<RelationshipType>> row = allowed.get(concept(source));
        Set<RelationshipType> types = row == null ? null : row.get(concept(target));
        return types == null ? Set.of() : types;
    }

    private static String concept(String type) {
        return "AndJunction".equals(type) || "OrJunction".equals(type) ? JUNCTION : type;
    }

    private static RelationshipTable load() {
        try (InputStream in = RelationshipTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Parse().read(reader).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rules and expands them; an error in the file is a bug of the build, so it fails loudly. */
    private static final class Parse {
        private final Map<String, List<String>> categories = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private EnumSet<RelationshipType> sameType = EnumSet.noneOf(RelationshipType.class);
        private EnumSet<RelationshipType> junctionPasses = EnumSet.noneOf(RelationshipType.class);

        private record Rule(List<String> sources, List<String> targets, EnumSet<RelationshipType> types, int line) {
        }

        Parse read(BufferedReader reader) throws IOException {
            String section = "";
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                } else if ("[categories]".equals(section)) {
                    int equals = line.indexOf('=');
                    check(equals > 0, number, "a category is 'name = members'");
                    categories.put(line.substring(0, equals).strip(), names(line.substring(equals + 1)));
                } else if ("[rules]".equals(section)) {
                    rule(line, number);
                } else {
                    check(false, number, "text outside a section");
                }
            }
            return this;
        }

        private void rule(String line, int number) {
            int colon = line.lastIndexOf(':');
            check(colon > 0, number, "a rule is 'SOURCES > TARGETS : LETTERS'");
            EnumSet<RelationshipType> types = letters(line.substring(colon + 1), number);
            String left = line.substring(0, colon).strip();
            if ("same-type".equals(left)) {
                sameType.addAll(types);
                return;
            }
            if ("junction-passes".equals(left)) {
                junctionPasses.addAll(types);
                return;
            }
            int arrow = left.indexOf('>');
            check(arrow > 0, number, "a rule is 'SOURCES > TARGETS : LETTERS'");
            rules.add(new Rule(names(left.substring(0, arrow)), names(left.substring(arrow + 1)), types, number));
        }

        private static EnumSet<RelationshipType> letters(String text, int number) {
            EnumSet<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
            for (String letter : text.strip().split("\\s+")) {
                if (letter.isEmpty()) {
                    continue;
                }
                RelationshipType type = letter.length() == 1 ? RelationshipType.ofLetter(letter.charAt(0)) : null;
                check(type != null, number, "unknown relationship letter '" + letter + "'");
                types.add(type);
            }
            return types;
        }

        private static List<String> names(String text) {
            List<String> names = new ArrayList<>();
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            return names;
        }

        RelationshipTable build() {
            Set<String> concepts = new LinkedHashSet<>();
            for (String category : categories.keySet()) {
                concepts.addAll(expand(category, 0));
            }
            Map<String, Map<String, Set<RelationshipType>>> table = new HashMap<>();
            for (String source : concepts) {
                Map<String, Set<RelationshipType>> row = new HashMap<>();
                for (String target : concepts) {
                    row.put(target, EnumSet.noneOf(RelationshipType.class));
                }
                table.put(source, row);
            }
            for (Rule rule : rules) {
                for (String source : expandAll(rule.sources(), concepts, rule.line())) {
                    for (String target : expandAll(rule.targets(), concepts, rule.line())) {
                        table.get(source).get(target).addAll(rule.types());
                    }
                }
            }
            for (String concept : concepts) {
                if (!RELATIONSHIP_CONCEPT.equals(concept)) {
                    table.get(concept).get(concept).addAll(sameType);
                }
            }
            passThroughJunctions(table, concepts);
            Map<String, Map<String, Set<RelationshipType>>> frozen = new HashMap<>();
            table.forEach((source, row) -> {
                Map<String, Set<RelationshipType>> frozenRow = new HashMap<>();
                row.forEach((target, types) -> frozenRow.put(target, Collections.unmodifiableSet(types)));
                frozen.put(source, Collections.unmodifiableMap(frozenRow));
            });
            return new RelationshipTable(Collections.unmodifiableMap(frozen));
        }

        /** A junction relays to a concept what an ordinary concept could send it directly. */
        private void passThroughJunctions(Map<String, Map<String, Set<RelationshipType>>> table, Set<String> concepts) {
            Set<String> relays = new LinkedHashSet<>(expand("grouping", 0));
            relays.addAll(expand("location", 0));
            relays.add(JUNCTION);
            relays.add(RELATIONSHIP_CONCEPT);
            for (String target : concepts) {
                if (RELATIONSHIP_CONCEPT.equals(target)) {
                    continue;
                }
                EnumSet<RelationshipType> inbound = EnumSet.noneOf(RelationshipType.class);
                for (String source : concepts) {
                    if (!relays.contains(source)) {
                        inbound.addAll(table.get(source).get(target));
                    }
                }
                inbound.retainAll(junctionPasses);
                table.get(JUNCTION).get(target).addAll(inbound);
            }
        }

        private Set<String> expandAll(List<String> names, Set<String> concepts, int line) {
            Set<String> all = new LinkedHashSet<>();
            for (String name : names) {
                if ("*".equals(name)) {
                    all.addAll(concepts);
                } else {
                    check(categories.containsKey(name) || concepts.contains(name), line, "unknown category '" + name + "'");
                    all.addAll(expand(name, 0));
                }
            }
            return all;
        }

        /** A category's concepts; a name that is no category is a concept itself. */
        private Set<String> expand(String name, int depth) {
            check(depth < 20, 0, "categories nest in a circle at '" + name + "'");
            List<String> members = categories.get(name);
            if (members == null) {
                return Set.of(name);
            }
            Set<String> concepts = new LinkedHashSet<>();
            for (String member : members) {
                concepts.addAll(expand(member, depth + 1));
            }
            return concepts;
        }

        private static void check(boolean condition, int line, String message) {
            if (!condition) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": " + message);
            }
        }
    }
}
