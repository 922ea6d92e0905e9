package org.homecoming.server.dioxin;

import java.util.List;

/**
 * One sample of a results file as the import would take it: how many results, its TEQ (NaN with a
 * {@code problem} when the results cannot be summed, e.g. mixed bases), and whether the sample is stored and of
 * the reader's side.
 *
 * <pre>{@code
 * preview.known(); // false: the import would refuse the file
 * }</pre>
 */
public record ResultsPreview(String sample, boolean known, int results, double teq, String unit, List<String> notInScheme,
        String problem) {

    public ResultsPreview {
        notInScheme = List.copyOf(notInScheme);
    }
}
