package org.homecoming.server.archive.transfer;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.transfer.ExchangeRecords.CallRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.FamilyRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.ProfileRecord;
import org.homecoming.server.registry.FamilyMember;
import org.homecoming.server.registry.FamilyRepository;
import org.homecoming.server.registry.GeneticsRepository;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.Sample;
import org.springframework.stereotype.Component;

/**
 * Puts the family members of shared persons into a package, only where the member's consent to
 * share is recorded and not withdrawn, and their DNA profiles only where consent to the use of DNA
 * is recorded as well. Everything left out is named in the
 * manifest ({@link PackageWriter#omit}); contact details never travel.
 *
 * <pre>{@code
 * FamilyExport.Result r = family.of(persons, writer);
 * r.omitted(); // ["family member FM-3 of MP-1 and its genetic data left out: no recorded consent to share"]
 * }</pre>
 */
@Component
class FamilyExport {

    record Result(int members, int profiles, List<String> omitted) {
    }

    private final FamilyRepository families;
    private final GeneticsRepository genetics;

    FamilyExport(FamilyRepository families, GeneticsRepository genetics) {
        this.families = families;
        this.genetics = genetics;
    }

    Result of(List<MissingPerson> persons, PackageWriter w) {
        List<FamilyRecord> members = new ArrayList<>();
        List<ProfileRecord> profiles = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        for (MissingPerson p : persons) {
            for (FamilyMember m : families.ofPerson(p.id())) {
                List<Sample> samples = genetics.samplesOf("FAMILY_MEMBER", m.id());
                if (!m.mayShare()) {
                    String what = "family member " + m.ref() + " of " + p.ref()
                            + (samples.isEmpty() ? "" : " and its genetic data");
                    String s = what + " left out: " + (m.consentWithdrawn() != null ? "consent withdrawn on "
                            + m.consentWithdrawn() : "no recorded consent to share");
                    omitted.add(s);
                    w.omit(s);
                    continue;
                }
                members.add(new FamilyRecord(m.ref(), m.familyRef(), p.ref(), m.fullName(), m.sex(), m.birthYear(),
                        m.relationship(), m.fatherRef(), m.motherRef(), m.living(), m.mayUseDna(), m.consentDate()));
                if (m.mayUseDna()) {
                    samples.forEach(s -> profiles.add(profile(m, s)));
                } else if (!samples.isEmpty()) {
                    String s = "genetic data of family member " + m.ref() + " of " + p.ref()
                            + " left out: no recorded consent to the use of DNA";
                    omitted.add(s);
                    w.omit(s);
                }
            }
        }
        w.records("family", members);
        w.records("profiles", profiles);
        return new Result(members.size(), profiles.size(), omitted);
    }

    private ProfileRecord profile(FamilyMember m, Sample s) {
        List<CallRecord> calls = genetics.calls(s.id()).stream()
                .map(c -> new CallRecord(c.locus(), c.allele1(), c.allele2(), c.quality())).toList();
        return new ProfileRecord(m.ref(), s.ref(), s.kit(), s.degraded(), calls,
                genetics.haplotype(s.id(), "YSTR").orElse(null), genetics.haplotype(s.id(), "MTDNA").orElse(null));
    }
}
