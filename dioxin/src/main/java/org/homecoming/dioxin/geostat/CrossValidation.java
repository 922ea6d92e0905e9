package org.homecoming.dioxin.geostat;

/**
 * Leave-one-out cross-validation of an interpolator: each observation predicted from all the others.
 *
 * <pre>{@code
 * CrossValidation cv = kriging.crossValidate();
 * cv.rootMeanSquareError(); // in the units of the values (log10 pg/g for TEQ)
 * }</pre>
 *
 * <p>{@code meanStandardisedSquaredError} is the mean of (error² / kriging variance): near 1 when the variogram
 * describes the errors' size honestly; NaN for a method without a variance.
 */
public record CrossValidation(int observations, double meanError, double rootMeanSquareError,
        double meanStandardisedSquaredError) {

    static CrossValidation of(double[] errors, double[] variances) {
        int n = errors.length;
        double sum = 0;
        double squares = 0;
        double standardised = 0;
        for (int i = 0; i < n; i++) {
            sum += errors[i];
            squares += errors[i] * errors[i];
            standardised += variances == null ? Double.NaN : errors[i] * errors[i] / variances[i];
        }
        return new CrossValidation(n, sum / n, Math.sqrt(squares / n), standardised / n);
    }
}
