package org.egovera.generate;

import java.nio.file.Path;

import org.egovera.model.io.CatalogueStore;
import org.egovera.model.io.Progress;

/** Run in a forked JVM by {@link GeneratorMemoryTest}: generates or loads the medium catalogue. */
public final class CappedHeapRun {

    private CappedHeapRun() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if ("generate".equals(args[0])) {
            System.out.println(CatalogueGenerator.generate(Preset.MEDIUM.settings(), file, Progress.NONE).elements());
        } else {
            System.out.println(CatalogueStore.load(file).eAllContents().hasNext());
        }
    }
}
