package org.homecoming.server.dioxin.cleanup;

import java.util.List;

/**
 * A site's cleanup against its plan: per phase and in total, the m³ planned and done for excavation, treatment
 * and containment, the m³ released for reuse and ha returned to use, and the verification samples passed and
 * failed. Every figure is a sum of the rows the page lists beneath it.
 *
 * <pre>{@code
 * progress.total().excavatedM3() / progress.total().plannedExcavateM3(); // share of the plan excavated
 * }</pre>
 */
public record Progress(List<Phase> phases, Phase total, List<Month> months) {

    /** One phase's figures (or the total's, named {@code null}). */
    public record Phase(String name, double plannedExcavateM3, double plannedTreatM3, double plannedContainM3,
            double plannedReturnHa, double excavatedM3, double treatedM3, double containedM3, double releasedM3,
            double returnedHa, int verificationsPassed, int verificationsFailed) {

        public double excavatedShare() {
            return share(excavatedM3, plannedExcavateM3);
        }

        public double treatedShare() {
            return share(treatedM3, plannedTreatM3);
        }

        public double containedShare() {
            return share(containedM3, plannedContainM3);
        }

        public double returnedShare() {
            return share(returnedHa, plannedReturnHa);
        }

        /** done / planned, or 0 when nothing was planned. */
        private static double share(double done, double planned) {
            return planned > 0 ? done / planned : 0;
        }
    }

    /** Cumulative m³ excavated, treated (including contained) and released by the end of a month (yyyy-MM). */
    public record Month(String month, double excavatedM3, double treatedM3, double releasedM3) {
    }

    public Progress {
        phases = List.copyOf(phases);
        months = List.copyOf(months);
    }

    /** The phases, then the total: the rows of the progress table. */
    public List<Phase> rows() {
        List<Phase> rows = new java.util.ArrayList<>(phases);
        rows.add(total);
        return rows;
    }
}
