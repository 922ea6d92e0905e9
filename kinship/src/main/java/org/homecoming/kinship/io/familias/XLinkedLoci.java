package org.homecoming.kinship.io.familias;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The convention that decides which loci of a {@code .fam} file are X-linked, since Familias files
 * do not say: a locus is X-linked when its name is a standard X-STR name.
 *
 * <p>{@code XLinkedLoci.STANDARD_NAMES.test("DXS10135") == true}
 *
 * <p>Standard names are those starting with {@code DXS} (DXS8378, DXS10101, ...) and the X-STRs of
 * the Investigator Argus X-12 and similar kits named otherwise: HPRTB, GATA172D05, GATA31E08,
 * GATA165B12, GATA144D04. Case, spaces, dashes and underscores are ignored. A caller who knows
 * better passes its own rule to {@link FamiliasCase#of(FamiliasFile, Predicate)}.
 */
public final class XLinkedLoci {

    private static final Set<String> OTHER_NAMES = Set.of("HPRTB", "GATA172D05", "GATA31E08", "GATA165B12",
            "GATA144D04");

    /** The standard-name rule. */
    public static final Predicate<String> STANDARD_NAMES = XLinkedLoci::isStandardXName;

    /** Treats every locus as autosomal. */
    public static final Predicate<String> NONE = name -> false;

    private XLinkedLoci() {
    }

    /** True when {@code locus} is a standard X-STR name. */
    public static boolean isStandardXName(String locus) {
        String n = locus.toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return n.startsWith("DXS") || OTHER_NAMES.contains(n);
    }
}
