package org.homecoming.server.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link Statistics} from the stored rows, without names or addresses. Who is counted: a person whose
 * latest consent to be counted in statistics, effective on or before {@code asOf}, is a grant — so a withdrawal takes
 * the person out of every figure computed from its date on, while the history stays. Who is reached in a year: a
 * person assessed, or receiving a service, in that year (every counted person when no year is given). A person's
 * functioning is that of the latest assessment up to the end of the year.
 *
 * <pre>{@code
 * Statistics s = statistics.of(null, 2025, RequestFields.today());
 * }</pre>
 */
@Service
public class AssistanceStatistics {

    static final String REACHED = "reached";
    static final String DISABILITY = "disability";
    private static final String[] SEXES = {"F", "M"};

    private final AssistanceRepository repository;
    private final ProvinceMap provinces;

    AssistanceStatistics(AssistanceRepository repository, ProvinceMap provinces) {
        this.repository = repository;
        this.provinces = provinces;
    }

    @Transactional(readOnly = true)
    public Statistics of(String province, Integer year, LocalDate asOf) {
        String p = provinces.filter(province, "province");
        if (year != null && (year < 1990 || year > asOf.getYear())) {
            throw new IllegalArgumentException("year: between 1990 and " + asOf.getYear() + ": " + year);
        }
        Map<Long, List<ConsentEvent>> consent = repository.consentsOfScope(ConsentPurpose.STATISTICS);
        Map<Long, List<Assessment>> assessments = repository.allAssessments();
        List<AssistanceRepository.CountedService> services = repository.countedServices();
        Predicate<LocalDate> inYear = d -> d != null && (year == null || d.getYear() == year);
        int refYear = year == null ? asOf.getYear() : year;
        LocalDate end = year == null ? asOf : LocalDate.of(year, 12, 31);

        Set<Long> servedInYear = new HashSet<>();
        services.forEach(s -> {
            if (inYear.test(s.receivedOn())) {
                servedInYear.add(s.personId());
            }
        });
        Map<Long, AssistanceRepository.CountedPerson> reached = new LinkedHashMap<>();
        for (AssistanceRepository.CountedPerson person : repository.countedPersons(p)) {
            if (!new Consents(consent.getOrDefault(person.id(), List.of())).on(ConsentPurpose.STATISTICS, asOf)) {
                continue;
            }
            boolean assessed = assessments.getOrDefault(person.id(), List.of()).stream()
                    .anyMatch(a -> inYear.test(a.assessedOn()));
            if (year == null || assessed || servedInYear.contains(person.id())) {
                reached.put(person.id(), person);
            }
        }
        // By province over the same people as every other figure: all provinces, or the one asked for.
        List<Statistics.ProvinceCount> byProvince = byProvince(reached, assessments, end);

        Map<String, int[]> blocks = new LinkedHashMap<>();
        List<String> domainBlocks = new ArrayList<>(List.of(REACHED, DISABILITY));
        for (FunctioningDomain d : FunctioningDomain.values()) {
            domainBlocks.add(d.jsonName());
        }
        domainBlocks.forEach(b -> blocks.put(b, new int[SEXES.length * AgeGroup.values().length]));
        for (ServiceCategory c : ServiceCategory.values()) {
            blocks.put(c.name(), new int[SEXES.length * AgeGroup.values().length]);
        }
        for (AssistanceRepository.CountedPerson person : reached.values()) {
            int cell = cell(person, refYear);
            blocks.get(REACHED)[cell]++;
            Assessment latest = latest(assessments.get(person.id()), end);
            if (latest != null) {
                if (latest.disability()) {
                    blocks.get(DISABILITY)[cell]++;
                }
                for (FunctioningDomain d : latest.answers().disabilityDomains()) {
                    blocks.get(d.jsonName())[cell]++;
                }
            }
        }
        int completed = 0;
        int followedUp = 0;
        for (AssistanceRepository.CountedService s : services) {
            AssistanceRepository.CountedPerson person = reached.get(s.personId());
            if (person == null) {
                continue;
            }
            if (inYear.test(s.receivedOn()) && !s.receivedOn().isAfter(asOf)) {
                blocks.get(s.category().name())[cell(person, refYear)]++;
            }
            if (s.status() == ServiceStatus.COMPLETED && inYear.test(s.completedOn())) {
                completed++;
                followedUp += s.followUps() > 0 ? 1 : 0;
            }
        }
        List<StatisticsCell> cells = new ArrayList<>();
        blocks.forEach((name, counts) -> cells.addAll(cells(name, domainBlocks.contains(name), counts)));
        boolean smallFollowUp = completed > 0 && completed < SmallCells.THRESHOLD;
        int total = reached.size();
        return new Statistics(p, year, asOf, total > 0 && total < SmallCells.THRESHOLD ? null : total, cells,
                new Statistics.FollowUp(smallFollowUp ? null : completed, smallFollowUp ? null : followedUp, smallFollowUp),
                byProvince);
    }

    private static int cell(AssistanceRepository.CountedPerson person, int year) {
        int sex = "F".equals(person.sex()) ? 0 : 1;
        return sex * AgeGroup.values().length + AgeGroup.of(person.birthYear(), year).ordinal();
    }

    private static List<StatisticsCell> cells(String block, boolean domain, int[] counts) {
        List<Integer> list = java.util.Arrays.stream(counts).boxed().toList();
        boolean[] hidden = SmallCells.hidden(list);
        List<StatisticsCell> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String sex = SEXES[i / AgeGroup.values().length];
            String age = AgeGroup.values()[i % AgeGroup.values().length].label();
            out.add(new StatisticsCell(sex, age, domain ? block : null, domain ? null : block,
                    hidden[i] ? null : counts[i], hidden[i]));
        }
        return out;
    }

    private static Assessment latest(List<Assessment> list, LocalDate end) {
        Assessment latest = null;
        if (list != null) {
            for (Assessment a : list) {
                if (!a.assessedOn().isAfter(end)) {
                    latest = a;
                }
            }
        }
        return latest;
    }

    private static List<Statistics.ProvinceCount> byProvince(Map<Long, AssistanceRepository.CountedPerson> reached,
            Map<Long, List<Assessment>> assessments, LocalDate end) {
        Map<String, int[]> counts = new TreeMap<>();
        for (AssistanceRepository.CountedPerson person : reached.values()) {
            int[] c = counts.computeIfAbsent(person.province() == null ? "" : person.province(), k -> new int[2]);
            c[0]++;
            Assessment latest = latest(assessments.get(person.id()), end);
            c[1] += latest != null && latest.disability() ? 1 : 0;
        }
        List<String> names = new ArrayList<>(counts.keySet());
        boolean[] hideReached = SmallCells.hidden(names.stream().map(n -> counts.get(n)[0]).toList());
        boolean[] hideDisability = SmallCells.hidden(names.stream().map(n -> counts.get(n)[1]).toList());
        List<Statistics.ProvinceCount> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int[] c = counts.get(names.get(i));
            out.add(new Statistics.ProvinceCount(names.get(i), hideReached[i] ? null : c[0],
                    hideDisability[i] ? null : c[1], hideReached[i] || hideDisability[i]));
        }
        return out;
    }
}
