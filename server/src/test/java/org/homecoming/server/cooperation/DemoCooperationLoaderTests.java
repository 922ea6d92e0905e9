package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.web.RequestFields;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demonstration memorandum goes in through the services, with overdue, open and done-on-evidence commitments. */
@HomecomingTest
class DemoCooperationLoaderTests {

    @Autowired
    CommitmentService commitments;
    @Autowired
    MeetingService meetings;
    @Autowired
    IndicatorService indicators;
    @Autowired
    IatiActivityService activities;
    @Autowired
    LocalInstallation installation;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.homecoming.server.archive.ArchiveService archive;

    @Test
    void theDemonstrationHasEveryStandingAndEveryDoneCommitmentStandsOnEvidence() {
        LocalDate today = RequestFields.today();
        DemoCooperationLoader loader = new DemoCooperationLoader(commitments, meetings, indicators, activities,
                installation, transaction, archive);
        installation.asSystem(() -> {
            transaction.executeWithoutResult(s -> loader.load(today));
            return null;
        });
        List<Commitment> demo = installation.asSystem(() -> commitments.list(null, null)).stream()
                .filter(c -> "MOU-2025".equals(c.agreementRef()) || "PLAN-2026".equals(c.agreementRef())
                        || c.meetingRef() != null && c.textEn().startsWith("Report the volume")
                        || c.textEn().startsWith("Hand over the THOR") || c.textEn().startsWith("Type 2,000"))
                .toList();
        assertThat(demo).hasSize(11);
        assertThat(demo).extracting(Commitment::standing).contains(CommitmentStatus.Standing.OVERDUE,
                CommitmentStatus.Standing.IN_PROGRESS, CommitmentStatus.Standing.PLANNED, CommitmentStatus.Standing.DONE);
        assertThat(demo).filteredOn(c -> c.status() == CommitmentStatus.DONE).allMatch(c -> !c.evidence().isEmpty());
        assertThat(demo).filteredOn(c -> c.standing() == CommitmentStatus.Standing.OVERDUE)
                .allMatch(c -> c.dueOn().isBefore(today));
        assertThat(installation.asSystem(() -> commitments.agreements()).stream().filter(g -> g.ref().equals("MOU-2025"))
                .findFirst().orElseThrow().archiveRef()).isNotNull();
        assertThat(installation.asSystem(() -> activities.find("US-GOV-1-BIENHOA-2019")).orElseThrow().transactions())
                .hasSize(2);
        assertThat(installation.asSystem(() -> indicators.list(Area.DIOXIN, today)))
                .anyMatch(i -> i.source() == IndicatorSource.SOIL_TREATED_M3 && i.actual() != null);
    }
}
