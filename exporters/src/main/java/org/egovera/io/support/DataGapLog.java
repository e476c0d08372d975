package org.egovera.io.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.egovera.model.DataGap;
import org.egovera.model.DataGapKind;
import org.egovera.model.EgoveraFactory;
import org.egovera.model.Element;

/**
 * Collects the defects of the source data met while importing, so that the catalogue records them
 * openly instead of hiding or guessing. The order of the result does not depend on the order in
 * which the gaps were found.
 */
public final class DataGapLog {

    private static final Comparator<DataGap> ORDER = Comparator
            .comparing((DataGap gap) -> gap.getKind().getValue())
            .thenComparing(gap -> nonNull(gap.getSourceFile()), NaturalOrder.INSTANCE)
            .thenComparing(gap -> nonNull(gap.getRecordId()), NaturalOrder.INSTANCE)
            .thenComparing(gap -> nonNull(gap.getField()))
            .thenComparing(gap -> nonNull(gap.getValue()), NaturalOrder.INSTANCE)
            .thenComparing(gap -> gap.getSubject() == null ? "" : nonNull(gap.getSubject().getId()), NaturalOrder.INSTANCE);

    private final List<DataGap> gaps = new ArrayList<>();

    /**
     * Records one gap.
     *
     * @param kind       what is wrong
     * @param sourceFile the file the record comes from (its name, not its path)
     * @param recordId   the record's identifier in that file
     * @param field      the feature of the catalogue element concerned ({@code uses}, {@code realises},
     *                   {@code successors}, {@code view}, ...), which lets validation recognise the gap
     * @param value      the offending value as the source gives it
     * @param note       what was decided, in one sentence
     * @param subject    the catalogue element concerned, or null
     */
    public DataGap record(DataGapKind kind, String sourceFile, String recordId, String field, String value, String note,
            Element subject) {
        DataGap gap = EgoveraFactory.eINSTANCE.createDataGap();
        gap.setKind(kind);
        gap.setSourceFile(sourceFile);
        gap.setRecordId(recordId);
        gap.setField(field);
        gap.setValue(value);
        gap.setNote(note);
        gap.setSubject(subject);
        gaps.add(gap);
        return gap;
    }

    /** Takes over a gap recorded elsewhere (for example with a library read from a shipped catalogue). */
    public void add(DataGap gap) {
        gaps.add(gap);
    }

    /** True if a gap about this element and feature has been recorded. */
    public boolean has(Element subject, String field) {
        return gaps.stream().anyMatch(gap -> gap.getSubject() == subject && field.equals(gap.getField()));
    }

    public int size() {
        return gaps.size();
    }

    /** The gaps in a stable order: by kind, file, record, field and value. */
    public List<DataGap> sorted() {
        List<DataGap> sorted = new ArrayList<>(gaps);
        sorted.sort(ORDER);
        return sorted;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
