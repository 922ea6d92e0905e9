package org.homecoming.programme.io;

import java.util.List;
import org.homecoming.kinship.evidence.ContextEvidence;
import org.homecoming.kinship.evidence.ContextModel;
import org.homecoming.kinship.evidence.MissingContext;
import org.homecoming.kinship.evidence.RemainsContext;

/**
 * The non-DNA records of a programme directory: every missing person and every remains, as the
 * context evidence reads them.
 *
 * <p>{@code ContextReader.read(dir).evidence(ContextModel.defaults()).factors("R-1", "MP-7")}
 *
 * @param missing every row of {@code missing_persons.csv}, in file order
 * @param remains every row of {@code remains.csv}, in file order
 */
public record ProgrammeContext(List<MissingContext> missing, List<RemainsContext> remains) {

    public ProgrammeContext {
        missing = List.copyOf(missing);
        remains = List.copyOf(remains);
    }

    /** The pairwise context evidence under {@code model}. */
    public ContextEvidence evidence(ContextModel model) {
        return new ContextEvidence(missing, remains, model);
    }
}
