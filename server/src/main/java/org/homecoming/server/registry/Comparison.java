package org.homecoming.server.registry;

import java.util.List;

/**
 * How well a missing person fits a set of remains, without DNA: a total and the reasons that make
 * it up, each with its points, so the score explains itself.
 *
 * <pre>{@code
 * // Comparison[personId=42, fullName=Nguyễn Văn Thành, total=7.0,
 * //   reasons=[+2.0 sex M matches, +2.0 age at loss 21 within 18–25, +3.0 lost 2.1 km from the recovery point]]
 * }</pre>
 */
public record Comparison(long personId, String fullName, double total, List<Reason> reasons) {

    public Comparison {
        reasons = List.copyOf(reasons);
    }

    /**
     * One part of the score, e.g. {@code +3.0 lost 2.1 km from the recovery point}: {@code text} in
     * English for the API, {@code code} and {@code args} for the page to say it in the reader's
     * language (message {@code compare.CODE}).
     */
    public record Reason(String criterion, double points, String text, String code, List<String> args) {

        public Reason {
            args = List.copyOf(args);
        }
    }
}
