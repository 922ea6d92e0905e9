package org.homecoming.server.search;

import java.util.Optional;

/**
 * A full-text index whose last commit can carry a seal: a token written at a clean shutdown so that
 * the next start can tell an index in step with the database from one a crash left behind.
 *
 * <pre>{@code
 * Optional<String> found = index.openingSeal(); // the seal of the commit the index opened with
 * index.closeSealed("3f2a…");                   // refuses further writes, commits with the seal, closes
 * }</pre>
 *
 * <p>Opening an index removes its seal from the next commit, so a seal is only ever found on an
 * index that was closed by {@link #closeSealed} and not written since.
 */
public interface SealableIndex {

    /** The index's name in the {@code index_seal} table, e.g. {@code persons}. */
    String sealName();

    /** The seal of the commit this index was opened from; empty when it was not closed sealed. */
    Optional<String> openingSeal();

    /** Stops further writes, commits everything with {@code seal} in the commit data and closes. */
    void closeSealed(String seal);
}
