package org.homecoming.kinship.likelihood;

/**
 * A non-negative table over a few discrete variables; the first variable varies slowest.
 */
final class Factor {

    final int[] vars;
    final double[] table;

    Factor(int[] vars, double[] table) {
        this.vars = vars;
        this.table = table;
    }

    boolean contains(int v) {
        for (int x : vars) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
