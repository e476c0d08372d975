package org.egovera.io.archimate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.ValidationReport;

/**
 * The eGovERA/EIRA conventions (DESIGN.md section 2) checked on any exchange file, ours or another
 * tool's, offline. EIRA's own blocks are known from a reference library (the shipped catalogue's,
 * taken from EIRA's model), so a block that claims to be EIRA's is held to EIRA's PURI and type.
 */
public final class EgoveraProfile {

    /** The rules, with the code reports and scripts use. */
    public enum Rule {
        MODEL_TYPE("AM-MODEL-TYPE", "the model declares eira:modelType " + ArchimateNames.EGOVERA_MODEL_TYPE),
        VIEWS("AM-VIEWS", "the model has the five EIRA views by their exact names"),
        ABB_DCT_TYPE("AM-ABB-DCT-TYPE", "every ABB has a dct:type, eira:<Name> or egovera:<Name>"),
        EIRA_ABB_PURI("AM-EIRA-ABB-PURI", "every EIRA ABB has EIRA's persistent URI under http://data.europa.eu/dr8/"),
        EIRA_ABB_TYPE("AM-EIRA-ABB-TYPE", "every EIRA ABB has the ArchiMate type EIRA gives it"),
        EGOVERA_ABB_DCT_TYPE("AM-EGOVERA-DCT-TYPE", "an ABB that is not EIRA's has an egovera: dct:type"),
        SBB_ABB("AM-SBB-ABB", "every SBB names with eira:ABB the dct:type of a declared ABB"),
        ABB_STATUS("AM-ABB-STATUS", "eira:ABB_Status is Active or Obsolete"),
        RELATIONSHIP_TABLE("AM-REL-TABLE", "every relationship is allowed by the ArchiMate relationship table");

        private final String code;
        private final String statement;

        Rule(String code, String statement) {
            this.code = code;
            this.statement = statement;
        }

        public String code() {
            return code;
        }

        public String statement() {
            return statement;
        }
    }

    /** What EIRA says of one of its blocks. */
    public record EiraBlock(String name, String archimateType, String dctType) {
    }

    private final Map<String, EiraBlock> eiraByUri;
    private final Map<String, EiraBlock> eiraByNameAndType = new HashMap<>();

    /** @param eiraByUri EIRA's blocks by persistent URI; empty to check without them */
    public EgoveraProfile(Map<String, EiraBlock> eiraByUri) {
        this(eiraByUri, List.of());
    }

    /**
     * @param eiraByUri     EIRA's blocks by persistent URI
     * @param withoutUri    EIRA's blocks that have no persistent URI (EIRA gives some none), known by name and type
     */
    public EgoveraProfile(Map<String, EiraBlock> eiraByUri, List<EiraBlock> withoutUri) {
        this.eiraByUri = Map.copyOf(eiraByUri);
        withoutUri.forEach(block -> eiraByNameAndType.putIfAbsent(block.name() + "\n" + block.archimateType(), block));
    }

    /** A profile that knows EIRA through a catalogue's EIRA library. */
    public static EgoveraProfile withLibraryOf(Catalogue catalogue) {
        Map<String, EiraBlock> byUri = new HashMap<>();
        List<EiraBlock> withoutUri = new ArrayList<>();
        for (ArchitectureBuildingBlock block : catalogue.getEiraLibrary()) {
            EiraBlock eira = new EiraBlock(block.getName(), ArchimateTypeMapper.typeOf(block).getLiteral(), block.getDctType());
            if (block.getPersistentUri() != null) {
                byUri.putIfAbsent(block.getPersistentUri(), eira);
            } else {
                withoutUri.add(eira);
            }
        }
        return new EgoveraProfile(byUri, withoutUri);
    }

    public ValidationReport check(Path file) {
        ExchangeModel model = new ArchimateExchangeReader().read(file);
        ExchangeIntegrity.check(model);
        return check(model);
    }

    public ValidationReport check(ExchangeModel model) {
        List<Finding> findings = new ArrayList<>();
        String modelType = model.value(ArchimateNames.EIRA_MODEL_TYPE);
        if (modelType == null) {
            findings.add(error(Rule.MODEL_TYPE, null, null, "the model has no eira:modelType property: add it with the value "
                    + ArchimateNames.EGOVERA_MODEL_TYPE));
        } else if (!ArchimateNames.EGOVERA_MODEL_TYPE.equals(modelType)) {
            findings.add(warning(Rule.MODEL_TYPE, null, null, "eira:modelType is '" + modelType
                    + "'; an eGovERA detailed-level model uses " + ArchimateNames.EGOVERA_MODEL_TYPE));
        }
        Set<String> viewNames = new HashSet<>();
        model.views().forEach(view -> viewNames.add(view.name()));
        for (String name : ArchimateNames.EIRA_VIEW_NAMES) {
            if (!viewNames.contains(name)) {
                findings.add(error(Rule.VIEWS, null, null, "the model has no view named exactly '" + name + "'"));
            }
        }
        Set<String> declaredTypes = new HashSet<>();
        eiraByUri.values().forEach(block -> declaredTypes.add(block.dctType()));
        for (ExchangeElement element : model.elements()) {
            if (ArchimateNames.EIRA_ABB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT))) {
                declaredTypes.add(element.value(ArchimateNames.DCT_TYPE));
                block(element, findings);
            }
        }
        for (ExchangeElement element : model.elements()) {
            if (ArchimateNames.EIRA_SBB_CONCEPT.equals(element.value(ArchimateNames.EIRA_CONCEPT))) {
                solution(element, declaredTypes, findings);
            }
        }
        relationships(model, findings);
        return new ValidationReport(findings);
    }

    private void block(ExchangeElement element, List<Finding> findings) {
        String dctType = element.value(ArchimateNames.DCT_TYPE);
        String puri = element.value(ArchimateNames.EIRA_PURI);
        EiraBlock eira = puri == null ? eiraByNameAndType.get(element.name() + "\n" + element.type()) : eiraByUri.get(puri);
        boolean claimsEira = dctType != null && dctType.startsWith(ArchimateNames.EIRA_TYPE_PREFIX);
        // a defect EIRA's own model has is reported, but as EIRA's, not as an error of this model
        boolean eirasOwn = eira != null && java.util.Objects.equals(dctType, eira.dctType());
        if (dctType == null) {
            findings.add(eirasOwn ? warning(Rule.ABB_DCT_TYPE, element, "has no dct:type, as EIRA gives it none")
                    : error(Rule.ABB_DCT_TYPE, element, "has no dct:type: give it eira:<Name> if it is EIRA's, egovera:<Name> otherwise"));
        } else if (!claimsEira && !dctType.startsWith(ArchimateNames.EGOVERA_TYPE_PREFIX)) {
            findings.add(eirasOwn ? warning(Rule.ABB_DCT_TYPE, element, "has dct:type '" + dctType + "' without eira:, as EIRA writes it")
                    : error(Rule.ABB_DCT_TYPE, element, "has dct:type '" + dctType + "', which is neither eira: nor egovera:"));
        } else if (eira != null && !dctType.equals(eira.dctType())) {
            findings.add(warning(Rule.ABB_DCT_TYPE, element, "carries EIRA's PURI " + puri + " but dct:type '" + dctType
                    + "'; EIRA's block has " + eira.dctType()));
        }
        if (claimsEira && (puri == null || !puri.startsWith(org.egovera.model.validation.Rule.EIRA_PURI_BASE))) {
            String message = "is an EIRA block (" + dctType + ") without EIRA's eira:PURI under "
                    + org.egovera.model.validation.Rule.EIRA_PURI_BASE;
            findings.add(eirasOwn ? warning(Rule.EIRA_ABB_PURI, element, message + ", as EIRA gives it none")
                    : error(Rule.EIRA_ABB_PURI, element, message));
        } else if (claimsEira && !eiraByUri.isEmpty() && eira == null) {
            findings.add(error(Rule.EGOVERA_ABB_DCT_TYPE, element, "has dct:type " + dctType + " but its PURI " + puri
                    + " names no block of EIRA: if eGovERA adds it, name its type egovera:<Name>"));
        }
        if (eira != null && !eira.archimateType().equals(element.type())) {
            findings.add(error(Rule.EIRA_ABB_TYPE, element, "is a " + element.type() + ", but EIRA's '" + eira.name()
                    + "' is a " + eira.archimateType() + ": an EIRA block keeps EIRA's type"));
        }
        String status = element.value(ArchimateNames.EIRA_ABB_STATUS);
        if (status != null && !"Active".equals(status) && !"Obsolete".equals(status)) {
            findings.add(warning(Rule.ABB_STATUS, element, "has eira:ABB_Status '" + status + "'; use Active or Obsolete"));
        }
    }

    private static void solution(ExchangeElement element, Set<String> declaredTypes, List<Finding> findings) {
        List<String> implemented = element.values(ArchimateNames.EIRA_ABB);
        if (implemented.isEmpty()) {
            findings.add(error(Rule.SBB_ABB, element, "names no ABB: add eira:ABB with the dct:type of the ABB it implements"));
        }
        for (String type : implemented) {
            if (!declaredTypes.contains(type)) {
                findings.add(error(Rule.SBB_ABB, element, "names the ABB " + type + ", which neither the model nor EIRA declares"));
            }
        }
    }

    private static void relationships(ExchangeModel model, List<Finding> findings) {
        Map<String, String> types = new HashMap<>();
        model.elements().forEach(element -> types.put(element.identifier(), element.type()));
        model.relationships().forEach(relationship -> types.put(relationship.identifier(), RelationshipTable.RELATIONSHIP_CONCEPT));
        RelationshipTable table = RelationshipTable.standard();
        for (ExchangeRelationship relationship : model.relationships()) {
            String source = types.get(relationship.source());
            String target = types.get(relationship.target());
            RelationshipType type = RelationshipType.ofExchangeName(relationship.type());
            if (!table.allows(source, target, type)) {
                findings.add(new Finding(Rule.RELATIONSHIP_TABLE.code(), "warning", relationship.identifier(), "Relationship",
                        "relationship '" + relationship.identifier() + "' (line " + relationship.line() + "): " + relationship.type()
                                + " from a " + source + " to a " + target + " is not allowed by the ArchiMate table"
                                + " (Archi refuses it); use a relationship the table allows or an association"));
            }
        }
    }

    private static Finding error(Rule rule, ExchangeElement element, String message) {
        return finding(rule, "error", element, message);
    }

    private static Finding warning(Rule rule, ExchangeElement element, String message) {
        return finding(rule, "warning", element, message);
    }

    private static Finding finding(Rule rule, String severity, ExchangeElement element, String message) {
        String subject = element.type() + " '" + element.name() + "' (" + element.identifier() + ", line " + element.line() + ") ";
        return new Finding(rule.code(), severity, element.identifier(), element.type(), rule.code() + ": " + subject + message);
    }

    private static Finding error(Rule rule, String id, String type, String message) {
        return new Finding(rule.code(), "error", id, type, rule.code() + ": " + message);
    }

    private static Finding warning(Rule rule, String id, String type, String message) {
        return new Finding(rule.code(), "warning", id, type, rule.code() + ": " + message);
    }
}
