package org.egovera.design.services;

import org.egovera.model.AbbOrigin;
import org.egovera.model.AbbStatus;
import org.egovera.model.ArchimateElementType;
import org.egovera.model.ArchitectureBuildingBlock;
import org.egovera.model.BuildingBlock;
import org.egovera.model.Catalogue;
import org.egovera.model.EiraView;

/** Services about building blocks that every representation showing them shares: labels, states, new blocks. */
public class BuildingBlockServices {

    /** A building block's label (architecture or solution): its name and, on a second line, its ArchiMate type. */
    public String buildingBlockLabel(BuildingBlock block) {
        ArchimateElementType type = block.getArchimateType();
        String name = Names.of(block);
        return type == null || type == ArchimateElementType.UNSPECIFIED ? name : name + "\n\u00ab" + type.getLiteral() + "\u00bb";
    }

    public boolean isObsolete(ArchitectureBuildingBlock block) {
        return block.getStatus() == AbbStatus.OBSOLETE;
    }

    /** The opposite of {@link #isObsolete}: what the "Hide obsolete building blocks" filter keeps. */
    public boolean isCurrent(ArchitectureBuildingBlock block) {
        return !isObsolete(block);
    }

    /** True for blocks eGovERA adds to EIRA's (drawn in their view's colour). */
    public boolean isEgoveraBlock(ArchitectureBuildingBlock block) {
        return block.getOrigin() == AbbOrigin.EGOVERA;
    }

    /** The origin of a block created in the editor: eGovERA's own, since EIRA's come from importing EIRA. */
    public AbbOrigin egoveraOrigin(ArchitectureBuildingBlock block) {
        return AbbOrigin.EGOVERA;
    }

    /** The EIRA view named by a literal ({@code 'Legal view'}...), for tools that create a block in a view's container. */
    public EiraView eiraView(ArchitectureBuildingBlock block, String viewLiteral) {
        return Literals.eiraView(viewLiteral);
    }

    /** The title of a new building block catalogue table. */
    public String blockCatalogueTitle(Catalogue catalogue) {
        return "Building blocks of " + Names.of(catalogue);
    }
}
