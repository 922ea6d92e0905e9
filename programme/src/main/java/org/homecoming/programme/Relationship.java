package org.homecoming.programme;

/**
 * How a family member is related to the missing person, as written in {@code family_members.csv}.
 *
 * <p>{@code Relationship.NEPHEW.isBlood()} is {@code true}; {@code Relationship.IN_LAW.isBlood()} is {@code false}.
 *
 * <p>The label is descriptive: the pedigree links (father, mother) are what kinship computations use.
 */
public enum Relationship {
    FATHER, MOTHER, BROTHER, SISTER, HALF_BROTHER, HALF_SISTER, SON, DAUGHTER, GRANDCHILD, NEPHEW, NIECE,
    GRANDFATHER, GRANDMOTHER, UNCLE, AUNT, COUSIN, SPOUSE, IN_LAW, STEPPARENT, OTHER;

    /** Whether the relative shares ancestry with the missing person (and so can be an informative reference). */
    public boolean isBlood() {
        return this != SPOUSE && this != IN_LAW && this != STEPPARENT && this != OTHER;
    }
}
