package org.homecoming.simulator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.homecoming.programme.FamilyMemberRow;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.programme.PartialDate;
import org.homecoming.simulator.people.Name;

/**
 * The records of a brother missing from the same family as a simulated missing person: his {@code
 * missing_persons.csv} row and the {@code family_members.csv} row that places him in the family's pedigree
 * (docs/formats.md, "Several missing persons in one family").
 *
 * <pre>{@code
 * Casualty second = SecondMissing.casualty(first, brother);   // brother.id already set
 * }</pre>
 *
 * <p>He is taken to have been lost in the same campaign: home, loss date, place and circumstances are his
 * brother's; his unit and rank are unknown to the family.
 */
final class SecondMissing {

    private SecondMissing() {
    }

    static Casualty casualty(Casualty first, SimulatedRelative brother) {
        MissingPersonRow r = first.record();
        Name name = brother.name;
        MissingPersonRow record = new MissingPersonRow(brother.id, r.side(), name.full(), name.family(), name.middle(),
                name.given(), List.of(Name.stripDiacritics(name.full())), "M",
                Optional.of(PartialDate.of(brother.birthYear)), r.homeCommune(), r.homeDistrict(), r.homeProvince(), "",
                "", "", r.lossDate(), r.lossPlace(), r.lossPoint(), r.lossPrecisionM(), r.circumstances(), r.status(),
                r.source());
        return new Casualty(record, name, true, brother.birthYear, first.lossYear(), first.us(), first.aircraft(),
                first.lossProvince(), first.lossPoint());
    }

    /** His row in the family: relationship to the family's own missing person, dead, no consent, no sample. */
    static FamilyMemberRow row(SimulatedRelative brother, String familyId, String anchor) {
        return new FamilyMemberRow(brother.id, familyId, anchor, brother.name.full(), "M", OptionalInt.of(brother.birthYear),
                brother.relationship, brother.father.id, brother.mother.id, false, false, false, Optional.empty(), "");
    }
}
