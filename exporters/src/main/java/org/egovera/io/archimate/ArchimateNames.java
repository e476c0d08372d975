package org.egovera.io.archimate;

import java.util.List;

import org.egovera.model.EiraView;

/**
 * Every name the exchange format and the EIRA conventions use, written once: namespaces, XML
 * element and attribute names, the EIRA property keys and the eGovERA model type.
 */
public final class ArchimateNames {

    /** The namespace of the exchange format (the same for the 3.0 and 3.1 schemas). */
    public static final String NAMESPACE = "http://www.opengroup.org/xsd/archimate/3.0/";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    public static final String SCHEMA_LOCATION = NAMESPACE
            + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";
    public static final String DUBLIN_CORE_SCHEMA_LOCATION = DUBLIN_CORE
            + " http://www.opengroup.org/xsd/archimate/3.1/dc.xsd";

    // XML elements of the format
    public static final String MODEL = "model";
    public static final String NAME = "name";
    public static final String DOCUMENTATION = "documentation";
    public static final String LABEL = "label";
    public static final String PROPERTIES = "properties";
    public static final String PROPERTY = "property";
    public static final String VALUE = "value";
    public static final String METADATA = "metadata";
    public static final String ELEMENTS = "elements";
    public static final String ELEMENT = "element";
    public static final String RELATIONSHIPS = "relationships";
    public static final String RELATIONSHIP = "relationship";
    public static final String ORGANIZATIONS = "organizations";
    public static final String ITEM = "item";
    public static final String PROPERTY_DEFINITIONS = "propertyDefinitions";
    public static final String PROPERTY_DEFINITION = "propertyDefinition";
    public static final String VIEWS = "views";
    public static final String DIAGRAMS = "diagrams";
    public static final String VIEW = "view";
    public static final String NODE = "node";
    public static final String CONNECTION = "connection";
    public static final String STYLE = "style";
    public static final String FILL_COLOR = "fillColor";
    public static final String LINE_COLOR = "lineColor";
    public static final String FONT = "font";
    public static final String COLOR = "color";
    public static final String BENDPOINT = "bendpoint";
    public static final String SOURCE_ATTACHMENT = "sourceAttachment";
    public static final String TARGET_ATTACHMENT = "targetAttachment";
    public static final String VIEW_REF = "viewRef";
    public static final String SCHEMA = "schema";
    public static final String SCHEMA_VERSION = "schemaversion";

    // XML attributes of the format
    public static final String IDENTIFIER = "identifier";
    public static final String IDENTIFIER_REF = "identifierRef";
    public static final String TYPE = "type";
    public static final String SOURCE = "source";
    public static final String TARGET = "target";
    public static final String REF = "ref";
    public static final String PROPERTY_DEFINITION_REF = "propertyDefinitionRef";
    public static final String ELEMENT_REF = "elementRef";
    public static final String RELATIONSHIP_REF = "relationshipRef";
    public static final String VIEWPOINT = "viewpoint";
    public static final String ACCESS_TYPE = "accessType";
    public static final String IS_DIRECTED = "isDirected";
    public static final String MODIFIER = "modifier";
    public static final String X = "x";
    public static final String Y = "y";
    public static final String W = "w";
    public static final String H = "h";
    public static final String R = "r";
    public static final String G = "g";
    public static final String B = "b";
    public static final String A = "a";
    public static final String LINE_WIDTH = "lineWidth";
    public static final String FONT_NAME = "name";
    public static final String FONT_SIZE = "size";
    public static final String FONT_STYLE = "style";
    public static final String LANG = "lang";
    public static final String SCHEMA_LOCATION_ATTRIBUTE = "schemaLocation";
    public static final String PROPERTY_TYPE_STRING = "string";

    // xsi:type values of views, nodes and connections
    public static final String DIAGRAM = "Diagram";
    public static final String NODE_ELEMENT = "Element";
    public static final String NODE_CONTAINER = "Container";
    public static final String NODE_LABEL = "Label";
    public static final String CONNECTION_RELATIONSHIP = "Relationship";
    public static final String CONNECTION_LINE = "Line";

    // EIRA conventions (DESIGN.md section 2)
    public static final String EIRA_CONCEPT = "eira:concept";
    public static final String EIRA_ABB_CONCEPT = "eira:ArchitectureBuildingBlock";
    public static final String EIRA_SBB_CONCEPT = "eira:SolutionBuildingBlock";
    public static final String EIRA_PURI = "eira:PURI";
    public static final String DCT_TYPE = "dct:type";
    public static final String EIRA_ABB = "eira:ABB";
    public static final String EIRA_ABB_STATUS = "eira:ABB_Status";
    public static final String EIRA_VIEW = "eira:view";
    public static final String EIRA_MODEL_TYPE = "eira:modelType";
    public static final String EGOVERA_MODEL_TYPE = "DetailedLevelInteroperabilityRequirementsSolutionArchitectureTemplate";
    public static final String EIRA_TYPE_PREFIX = "eira:";
    public static final String EGOVERA_TYPE_PREFIX = "egovera:";

    /** The five views a complete eGovERA model has, by their exact names. */
    public static final List<String> EIRA_VIEW_NAMES = List.of(
            EiraView.LEGAL.getLiteral(),
            EiraView.ORGANISATIONAL.getLiteral(),
            EiraView.SEMANTIC.getLiteral(),
            EiraView.TECHNICAL_APPLICATION.getLiteral(),
            EiraView.TECHNICAL_INFRASTRUCTURE.getLiteral());

    // eGovERA's own properties: what the catalogue knows beyond the EIRA conventions
    public static final String EGOVERA_PREFIX = "egovera:";
    public static final String EGOVERA_CONCEPT = "egovera:concept";
    public static final String EGOVERA_ID = "egovera:id";
    public static final String EGOVERA_UNSPECIFIED_TYPE = "egovera:archimateType";

    /** Identifier prefixes of what the exporter derives (views, folders) and the importer therefore skips. */
    public static final String DERIVED_VIEW_PREFIX = "id-egovera-view-";
    public static final String DERIVED_FOLDER_PREFIX = "id-egovera-folder-";

    private ArchimateNames() {
    }
}
