package org.egovera.analysis;

import org.egovera.model.DataGap;

/** One recorded data gap, flattened for reports. */
public record GapLine(String kind, String sourceFile, String recordId, String field, String value, String subject,
        String note) {

    public static GapLine of(DataGap gap) {
        return new GapLine(gap.getKind().getLiteral(), gap.getSourceFile(), gap.getRecordId(), gap.getField(),
                gap.getValue(), gap.getSubject() == null ? null : gap.getSubject().getId(), gap.getNote());
    }

    /** One readable line: {@code kind file#record field=value: note}. */
    public String describe() {
        StringBuilder line = new StringBuilder(kind);
        if (sourceFile != null) {
            line.append(' ').append(sourceFile);
        }
        if (recordId != null) {
            line.append('#').append(recordId);
        }
        if (field != null) {
            line.append(' ').append(field);
            if (value != null) {
                line.append("='").append(value).append('\'');
            }
        }
        if (note != null) {
            line.append(": ").append(note);
        }
        return line.toString();
    }
}
