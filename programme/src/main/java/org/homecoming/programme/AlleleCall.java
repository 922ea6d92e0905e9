package org.homecoming.programme;

/**
 * One row of {@code profiles.csv}: the two alleles called at one locus of one sample.
 *
 * <p>{@code new AlleleCall("DNA-R-0000001", "REMAINS", "R-0000001", "PPF6C", "TH01", "6", "9.3", "OK")}
 */
public record AlleleCall(String sampleId, String subjectType, String subjectId, String kit, String locus,
        String allele1, String allele2, String quality) {

    public boolean isHomozygous() {
        return allele1.equals(allele2);
    }
}
