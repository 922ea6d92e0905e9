/**
 * The one mapping from a programme's records to the kinship engine's search types, shared by {@code
 * match} and the server: {@link org.homecoming.programme.search.FamilyRecords} (a family as its records
 * give it) and {@link org.homecoming.programme.search.SearchMapping} (pedigree by the father/mother rule,
 * references, remains, loci).
 *
 * <pre>{@code
 * SearchFamily f = SearchMapping.family(records, "MP-1", SearchMapping.loci(db, List.of(), calls, spec));
 * }</pre>
 */
package org.homecoming.programme.search;
