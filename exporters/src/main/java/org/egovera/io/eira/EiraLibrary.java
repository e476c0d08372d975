package org.egovera.io.eira;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.egovera.model.ArchitectureBuildingBlock;

/**
 * The architecture building blocks of one EIRA release, in the order of its exchange file.
 *
 * @param release the release, for example {@code EIRA 6.0.0}
 * @param blocks  the blocks
 */
public record EiraLibrary(String release, List<ArchitectureBuildingBlock> blocks) {

    public EiraLibrary {
        blocks = List.copyOf(blocks);
    }

    /** The block a persistent URI names; where EIRA gives one PURI to two blocks, the first of them. */
    public ArchitectureBuildingBlock byPersistentUri(String uri) {
        return byUri().get(uri);
    }

    /** Every block with a persistent URI, the first holder of a duplicated PURI only. */
    public Map<String, ArchitectureBuildingBlock> byUri() {
        Map<String, ArchitectureBuildingBlock> byUri = new LinkedHashMap<>();
        for (ArchitectureBuildingBlock block : blocks) {
            if (block.getPersistentUri() != null) {
                byUri.putIfAbsent(block.getPersistentUri(), block);
            }
        }
        return byUri;
    }
}
