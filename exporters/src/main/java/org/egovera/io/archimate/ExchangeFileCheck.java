package org.egovera.io.archimate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.egovera.catalogue.ShippedCatalogue;
import org.egovera.model.validation.Finding;
import org.egovera.model.validation.ValidationReport;

/**
 * The check {@code egovera validate --profile egovera} runs on an exchange file: the eGovERA
 * conventions against the EIRA library shipped with the tool and, when a folder of the Open
 * Group's schemas is given, the XSD.
 */
public final class ExchangeFileCheck {

    /** The code of a schema violation. */
    public static final String XSD_CODE = "AM-XSD";

    private ExchangeFileCheck() {
    }

    /**
     * @param file       the exchange file
     * @param xsdFolder  a folder with {@code archimate3_Diagram.xsd}, {@code dc.xsd} and the rest, or null
     */
    public static ValidationReport check(Path file, Path xsdFolder) {
        List<Finding> findings = new ArrayList<>();
        if (xsdFolder != null) {
            for (ArchimateSchemaValidator.Problem problem : ArchimateSchemaValidator.fromFolder(xsdFolder).validate(file)) {
                findings.add(new Finding(XSD_CODE, "error", null, null, XSD_CODE + ": line " + problem.line() + ", column "
                        + problem.column() + ": " + problem.message()));
            }
        }
        findings.addAll(profile().check(file).findings());
        return new ValidationReport(findings);
    }

    /** The profile with the shipped catalogue's EIRA library, or without EIRA's blocks where no catalogue ships. */
    private static EgoveraProfile profile() {
        try {
            return EgoveraProfile.withLibraryOf(ShippedCatalogue.load());
        } catch (IllegalStateException noShippedCatalogue) {
            return new EgoveraProfile(java.util.Map.of());
        }
    }
}
