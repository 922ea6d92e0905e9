package org.homecoming.server.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks rows of {@code profiles.csv} and {@code lineage.csv}: subjects exist, one kit and subject per sample, no repeated locus or marker; lineage values are read by the engine's {@link LineageValue}. */
final class DnaRows {

    private static final Set<String> SUBJECTS = Set.of("REMAINS", "FAMILY_MEMBER");

    private final ProgrammeData data;
    private final ImportReader.Refs refs;
    private final Map<String, String> sampleSubject = new HashMap<>();
    private final Map<String, String> sampleKit = new HashMap<>();
    private final Set<String> sampleLocus = new HashSet<>();
    private final Set<String> sampleMarker = new HashSet<>();

    DnaRows(ProgrammeData data, ImportReader.Refs refs) {
        this.data = data;
        this.refs = refs;
    }

    void readCall(Row r) {
        String sample = r.identifier("sample_id", true);
        String subject = subject(r, sample);
        String kit = r.text("kit", true);
        String locus = r.text("locus", true);
        String a1 = r.allele("allele1");
        String a2 = r.allele("allele2");
        String quality = r.oneOf("quality", Set.of("OK", "DEGRADED"), true);
        if (sample != null && kit != null) {
            String before = sampleKit.putIfAbsent(sample, kit);
            if (before != null && !before.equals(kit)) {
                r.problem("kit", "sample '" + sample + "' was typed with kit '" + before + "': '" + kit + "'");
            }
        }
        if (sample != null && locus != null && !sampleLocus.add(sample + "\u0000" + locus)) {
            r.problem("locus", "locus '" + locus + "' called twice for sample '" + sample + "'");
            return;
        }
        if (sample != null && subject != null && kit != null && locus != null && a1 != null && a2 != null && quality != null) {
            data.calls.add(new ProgrammeData.CallRow(sample, r.text("subject_type", true), subject, kit, locus, a1, a2, quality));
        }
    }

    void readLineage(Row r) {
        String sample = r.identifier("sample_id", true);
        String subject = subject(r, sample);
        LineageCell cell = LineageCell.read(r, sample, sampleMarker);
        if (sample != null && subject != null && cell != null) {
            data.lineage.add(new ProgrammeData.LineageRow(sample, r.text("subject_type", true), subject, cell.marker(),
                    cell.value()));
        }
    }

    private String subject(Row r, String sample) {
        String type = r.oneOf("subject_type", SUBJECTS, true);
        String subject = r.identifier("subject_id", true);
        if (type == null || subject == null) {
            return null;
        }
        boolean known = type.equals("REMAINS")
                ? refs.remains.contains(subject) || refs.known.remains().contains(subject)
                : refs.memberFamily.containsKey(subject) || refs.known.members().contains(subject);
        if (!known) {
            r.problem("subject_id", "unknown " + (type.equals("REMAINS") ? "remains" : "family member") + " '" + subject + "'");
            return null;
        }
        if (sample != null) {
            if (refs.known.samples().contains(sample)) {
                r.problem("sample_id", "sample '" + sample + "' is already in the registry");
                return null;
            }
            String key = type + ":" + subject;
            String before = sampleSubject.putIfAbsent(sample, key);
            if (before != null && !before.equals(key)) {
                r.problem("subject_id", "sample '" + sample + "' belongs to " + before + ": '" + subject + "'");
                return null;
            }
        }
        return subject;
    }
}
