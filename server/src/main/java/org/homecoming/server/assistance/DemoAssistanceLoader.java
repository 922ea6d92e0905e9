package org.homecoming.server.assistance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.server.geo.ProvinceMap;
import org.homecoming.server.landrelease.safety.Accident;
import org.homecoming.server.landrelease.safety.AccidentService;
import org.homecoming.server.landrelease.safety.AccidentVictim;
import org.homecoming.server.landrelease.safety.Outcome;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.simulator.assistance.AssistanceSimulator;
import org.homecoming.simulator.assistance.OrdnanceVictim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code homecoming.demo=true}: when no assisted person is stored, simulates the demonstration population
 * ({@code DATA_DIR/assistance-demo}, {@code homecoming.demo.assisted-persons} people), linking survivors of the
 * demonstration land-release accidents by their victim references, and loads it through {@link AssistanceService} as
 * the installation's system user, in one transaction: a row the service refuses stops the load and names its file
 * and line, and nothing is kept.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true --homecoming.demo.assisted-persons=5000
 * }</pre>
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoAssistanceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssistanceLoader.class);

    private final AssistanceRepository repository;
    private final AssistanceService assistance;
    private final AccidentService accidents;
    private final ProvinceMap provinces;
    private final LocalInstallation installation;
    private final TransactionTemplate transaction;
    private final Path dataDir;
    private final int persons;
    private final long seed;

    DemoAssistanceLoader(AssistanceRepository repository, AssistanceService assistance, AccidentService accidents,
            ProvinceMap provinces, LocalInstallation installation, TransactionTemplate transaction,
            @Value("${homecoming.data-dir:./data}") String dataDir,
            @Value("${homecoming.demo.assisted-persons:2000}") int persons,
            @Value("${homecoming.demo.seed:1975}") long seed) {
        this.repository = repository;
        this.assistance = assistance;
        this.accidents = accidents;
        this.provinces = provinces;
        this.installation = installation;
        this.transaction = transaction;
        this.dataDir = Path.of(dataDir);
        this.persons = persons;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (persons <= 0 || !repository.countedPersons(null).isEmpty()) {
            return;
        }
        Path dir = dataDir.resolve("assistance-demo");
        int[] counts = installation.asSystem(() -> {
            AssistanceSimulator.write(dir, persons, seed, survivors());
            return transaction.execute(status -> load(dir));
        });
        log.info("Demo disability assistance: {} persons ({} linked to land-release victims), {} assessments, {} referrals",
                counts[0], counts[1], counts[2], counts[3]);
    }

    /** The injured victims of the stored accidents, oldest accident first. */
    private List<OrdnanceVictim> survivors() {
        List<OrdnanceVictim> out = new ArrayList<>();
        List<Accident> all = new ArrayList<>(accidents.list(null));
        java.util.Collections.reverse(all);
        for (Accident a : all) {
            for (AccidentVictim v : accidents.detail(a.id()).victims()) {
                if (v.outcome() == Outcome.INJURED && !"U".equals(v.sex())) {
                    out.add(new OrdnanceVictim(v.personRef(), v.sex(), v.age(), a.occurredOn().getYear()));
                }
            }
        }
        return out;
    }

    /** Loads a folder the simulator wrote; returns persons, persons linked to a victim, assessments, referrals. */
    int[] load(Path dir) {
        Map<String, Long> providerIds = new HashMap<>();
        each(dir, "providers.csv", r -> providerIds.put(r.get("name"), repository.providerNamed(r.get("name"))
                .map(Provider::id).orElseGet(() -> assistance.addProvider(r.get("name"), ProviderKind.valueOf(r.get("kind")),
                        provinces.current(r.get("province")).orElse(null), null))));
        Map<String, Long> ids = new LinkedHashMap<>();
        int[] counts = new int[4];
        each(dir, "persons.csv", r -> {
            LocalDate registered = LocalDate.parse(r.get("registered_on"));
            long id = assistance.register(new PersonRequest(r.get("full_name"), r.get("sex"), r.get("birth_year"),
                    r.get("province_before"), null, null, null, null, null, null, null,
                    new PersonRequest.ConsentRequest(true, Boolean.parseBoolean(r.get("consent_share")),
                            Boolean.parseBoolean(r.get("consent_statistics"))), registered));
            ids.put(r.get("person"), id);
            CauseKind kind = CauseKind.valueOf(r.get("cause"));
            assistance.addCause(id, new Cause(0, kind, blank(r.get("victim_ref")), null, blank(r.get("exposure_place")),
                    number(r.get("exposure_from")), number(r.get("exposure_to")), number(r.get("generation")), null));
            if (r.get("victim_ref").startsWith("VIC-")) {
                counts[1]++;
            }
            if (!r.get("statistics_withdrawn_on").isEmpty()) {
                assistance.consent(id, ConsentPurpose.STATISTICS, false, LocalDate.parse(r.get("statistics_withdrawn_on")),
                        "demonstration: withdrawn by the person");
            }
            counts[0]++;
        });
        each(dir, "assessments.csv", r -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (FunctioningDomain d : FunctioningDomain.values()) {
                answers.put(d.jsonName(), r.get(d == FunctioningDomain.SELF_CARE ? "self_care" : d.jsonName()));
            }
            assistance.assess(ids.get(r.get("person")), LocalDate.parse(r.get("date")), FunctioningAnswers.parse(answers));
            counts[2]++;
        });
        Map<String, Long> referrals = new HashMap<>();
        each(dir, "referrals.csv", r -> {
            String item = blank(r.get("item"));
            long id = assistance.refer(ids.get(r.get("person")), ServiceCategory.valueOf(r.get("category")),
                    item == null ? null : AssistiveItem.valueOf(item), providerIds.get(r.get("provider")),
                    LocalDate.parse(r.get("referred_on")), new BigDecimal(r.get("cost_vnd")), null);
            referrals.put(r.get("referral"), id);
            if (!r.get("received_on").isEmpty()) {
                assistance.move(id, ServiceStatus.RECEIVED, LocalDate.parse(r.get("received_on")), null);
            }
            if (!r.get("completed_on").isEmpty()) {
                assistance.move(id, ServiceStatus.COMPLETED, LocalDate.parse(r.get("completed_on")), null);
            }
            if (!r.get("closed_as").isEmpty()) {
                assistance.move(id, ServiceStatus.valueOf(r.get("closed_as")), LocalDate.parse(r.get("closed_on")), null);
            }
            counts[3]++;
        });
        each(dir, "follow-ups.csv", r -> assistance.followUp(referrals.get(r.get("referral")),
                LocalDate.parse(r.get("visited_on")), FollowUpOutcome.valueOf(r.get("outcome")), null));
        return counts;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer number(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static void each(Path dir, String file, Consumer<CSVRecord> row) {
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                try {
                    row.accept(r);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
