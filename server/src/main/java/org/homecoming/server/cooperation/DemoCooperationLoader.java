package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.homecoming.server.archive.ArchiveService;
import org.homecoming.server.archive.DocumentForm;
import org.homecoming.server.security.LocalInstallation;
import org.homecoming.server.web.RequestFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code homecoming.demo=true}: when no agreement is stored, records a demonstration of the October 2025
 * memorandum through the ordinary services as the installation's system user: the memorandum (its text catalogued in
 * the archive) and its 2026 plan,
 * three meetings, commitments in every area (dated from today, so that some are overdue whenever the demo starts),
 * indicators computed from the demonstration data of the other pillars beside one entered by hand, and three IATI
 * activities (Biên Hòa, Quảng Trị mine action, disability support) with their budgets and transactions. Runs after the
 * other demonstration loaders, so the computed indicators count their data.
 *
 * <pre>{@code
 * java -jar homecoming-server.jar --homecoming.demo=true
 * }</pre>
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "homecoming.demo", havingValue = "true")
class DemoCooperationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCooperationLoader.class);
    private static final String USAID = "US-GOV-1";

    private final CommitmentService commitments;
    private final MeetingService meetings;
    private final IndicatorService indicators;
    private final IatiActivityService activities;
    private final LocalInstallation installation;
    private final TransactionTemplate transaction;
    private final ArchiveService archive;

    DemoCooperationLoader(CommitmentService commitments, MeetingService meetings, IndicatorService indicators,
            IatiActivityService activities, LocalInstallation installation, TransactionTemplate transaction,
            ArchiveService archive) {
        this.archive = archive;
        this.commitments = commitments;
        this.meetings = meetings;
        this.indicators = indicators;
        this.activities = activities;
        this.installation = installation;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        installation.asSystem(() -> {
            if (!commitments.agreements().isEmpty()) {
                return null;
            }
            transaction.executeWithoutResult(s -> load(RequestFields.today()));
            log.info("Demo cooperation: 2 agreements, 3 meetings, {} commitments, {} indicators, {} IATI activities",
                    commitments.list(null, null).size(), indicators.list(null, RequestFields.today()).size(),
                    activities.list(null).size());
            return null;
        });
    }

    void load(LocalDate today) {
        long text = archive.create(new DocumentForm(null, "OTHER", "Bản ghi nhớ về hợp tác khắc phục hậu quả chiến tranh"
                + " (bản ký ngày 31/10/2025)", "2025-10-31", "vi", "Văn phòng 701", null, "OPEN",
                "Signed text of the memorandum on war-legacy cooperation, Hà Nội, 31 October 2025 (demonstration record)."))
                .id();
        commitments.createAgreement("MOU-2025", AgreementKind.MEMORANDUM,
                "Bản ghi nhớ về hợp tác khắc phục hậu quả chiến tranh", "Memorandum of understanding on cooperation in"
                        + " overcoming the legacies of war", LocalDate.of(2025, 10, 31), String.valueOf(text));
        commitments.createAgreement("PLAN-2026", AgreementKind.PLAN, "Kế hoạch hợp tác năm 2026",
                "Cooperation plan for 2026", LocalDate.of(2026, 1, 15), null);
        String first = meeting(MeetingKind.JOINT_WORKING_GROUP, today.minusDays(300), "Hà Nội",
                "Họp nhóm công tác chung lần thứ nhất", "First joint working group");
        String visit = meeting(MeetingKind.DELEGATION_VISIT, today.minusDays(150), "Washington, D.C.",
                "Đoàn Bộ Quốc phòng thăm Hoa Kỳ", "Defence ministry delegation to the United States");
        String second = meeting(MeetingKind.JOINT_WORKING_GROUP, today.minusDays(20), "Đà Nẵng",
                "Họp nhóm công tác chung lần thứ hai", "Second joint working group");

        long soil = indicator(Area.DIOXIN, "Đất nhiễm dioxin đã xử lý (m³)", "Dioxin-contaminated soil treated (m³)",
                IndicatorSource.SOIL_TREATED_M3, 0, 150_000);
        long hectares = indicator(Area.ORDNANCE, "Diện tích đất đã giải phóng (ha)", "Land released (ha)", IndicatorSource.HECTARES_RELEASED,
                0, 500);
        indicator(Area.ORDNANCE, "Bom mìn, vật nổ đã hủy", "Ordnance destroyed", IndicatorSource.ORDNANCE_DESTROYED, 0, 200);
        long assisted = indicator(Area.DISABILITY, "Số người khuyết tật được hỗ trợ", "Persons with disabilities reached",
                IndicatorSource.PERSONS_ASSISTED, 0, 60_000);
        long recovered = indicator(Area.VIETNAMESE_REMAINS, "Hài cốt đã quy tập", "Remains recovered",
                IndicatorSource.REMAINS_RECOVERED, 0, 1_000);
        indicator(Area.VIETNAMESE_REMAINS, "Liệt sĩ đã xác định danh tính", "Soldiers identified",
                IndicatorSource.PERSONS_IDENTIFIED, 0, 300);
        indicator(Area.US_MIA, "Tài liệu lưu trữ đã chia sẻ cho phía Hoa Kỳ", "Archive items shared with the US side",
                IndicatorSource.ARCHIVE_SHARED_WITH_US, 0, 100);
        long training = indicator(Area.DEFENCE_COOPERATION, "Khóa tập huấn gìn giữ hòa bình", "Peacekeeping training"
                + " courses", IndicatorSource.MANUAL, 0, 6);
        indicators.addPeriod(training, new Indicator.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                BigDecimal.valueOf(2), BigDecimal.valueOf(2)));

        activities.save(bienHoa());
        activities.save(quangTri());
        activities.save(disability());
        indicators.linkToActivity(soil, USAID + "-BIENHOA-2019");
        indicators.linkToActivity(hectares, USAID + "-QT-ERW-2024");
        indicators.linkToActivity(assisted, USAID + "-DISABILITY-2021");

        long phase1 = commit("MOU-2025", null, Area.DIOXIN, "Hoàn thành đào xúc giai đoạn 1 tại Biên Hòa",
                "Complete the phase 1 excavation at Biên Hòa", "BOTH", "Văn phòng 701", today.minusDays(30));
        commitments.changeStatus(phase1, CommitmentStatus.IN_PROGRESS, today.minusDays(290), first, null);
        commit("PLAN-2026", null, Area.DIOXIN, "Chia sẻ kết quả lấy mẫu kiểm chứng các mẻ đã xử lý",
                "Share the verification results of the treated batches", "VN", "Binh chủng Hóa học", today.plusDays(60));
        long verify = commit(null, second, Area.DIOXIN, "Báo cáo khối lượng đất đã xử lý", "Report the volume of soil"
                + " treated", "VN", "Văn phòng 701", today.plusDays(10));
        commitments.addEvidence(verify, CommitmentEvidenceKind.INDICATOR, "IND-" + String.format("%05d", soil),
                "figure from the cleanup records");
        commitments.changeStatus(verify, CommitmentStatus.DONE, today.minusDays(5), null, null);

        long release = commit("MOU-2025", null, Area.ORDNANCE, "Giải phóng 500 ha đất tại Quảng Trị",
                "Release 500 ha of land in Quảng Trị", "BOTH", "VNMAC", today.plusDays(200));
        commitments.changeStatus(release, CommitmentStatus.IN_PROGRESS, today.minusDays(280), first, null);
        long thor = commit(null, first, Area.ORDNANCE, "Trao dữ liệu ném bom THOR cho tỉnh Quảng Bình",
                "Hand over the THOR bombing records for Quảng Bình", "US", "DPAA", today.minusDays(100));
        commitments.addEvidence(thor, CommitmentEvidenceKind.MEETING, visit, "records handed over during the visit");
        commitments.changeStatus(thor, CommitmentStatus.DONE, today.minusDays(150), visit, null);

        commit("MOU-2025", null, Area.DISABILITY, "Tiếp cận 60.000 người khuyết tật tại tám tỉnh",
                "Reach 60,000 people with disabilities in eight provinces", "BOTH", "Bộ Y tế", today.plusDays(1500));
        commit("PLAN-2026", null, Area.DISABILITY, "Mở hai trung tâm phục hồi chức năng cộng đồng",
                "Open two community rehabilitation centres", "VN", "Sở Y tế Quảng Trị", today.minusDays(10));

        long archive = commit("MOU-2025", null, Area.VIETNAMESE_REMAINS, "Chia sẻ tài liệu về 200 khu mộ",
                "Share records on 200 burial sites", "US", "DPAA", today.minusDays(60));
        commitments.addEvidence(archive, CommitmentEvidenceKind.INDICATOR, "IND-" + String.format("%05d", recovered), null);
        commitments.changeStatus(archive, CommitmentStatus.DONE, today.minusDays(70), visit, null);
        commit(null, second, Area.VIETNAMESE_REMAINS, "Phân tích 2.000 mẫu tham chiếu của thân nhân",
                "Type 2,000 reference samples of relatives", "VN", "Viện Công nghệ ADN", today.plusDays(300));

        long field = commit("MOU-2025", null, Area.US_MIA, "Phối hợp tìm kiếm thực địa tại Quảng Trị",
                "Joint field recovery in Quảng Trị", "BOTH", "VNOSMP", today.plusDays(120));
        commitments.changeStatus(field, CommitmentStatus.IN_PROGRESS, today.minusDays(140), visit, null);
        commit("PLAN-2026", null, Area.DEFENCE_COOPERATION, "Tổ chức khóa tập huấn gìn giữ hòa bình",
                "Hold a peacekeeping training course", "US", "Cục Gìn giữ hòa bình", today.plusDays(90));
    }

    private String meeting(MeetingKind kind, LocalDate on, String place, String vi, String en) {
        long id = meetings.create(kind, on, place, vi, en, null, List.of(
                new Meeting.Delegate("Nguyễn Văn Hùng", "Cục trưởng Cục Đối ngoại", "VN"),
                new Meeting.Delegate("Lê Thị Mai", "Trưởng Văn phòng 701", "VN"),
                new Meeting.Delegate("Michael Carter", "Deputy Assistant Secretary", "US")));
        return meetings.of(id).ref();
    }

    private long indicator(Area area, String vi, String en, IndicatorSource source, int baseline, int target) {
        return indicators.create(area, vi, en, source, BigDecimal.valueOf(baseline), 2025, BigDecimal.valueOf(target), 2030);
    }

    private long commit(String agreement, String meeting, Area area, String vi, String en, String side, String office,
            LocalDate due) {
        return commitments.create(new CommitmentService.Draft(agreement, meeting, area, vi, en, side, office, null, due));
    }

    private static IatiActivity.Organisation usaid() {
        return new IatiActivity.Organisation(USAID, "U.S. Agency for International Development");
    }

    private static IatiActivity bienHoa() {
        return new IatiActivity(USAID + "-BIENHOA-2019", usaid(), "Xử lý ô nhiễm dioxin tại sân bay Biên Hòa",
                "Dioxin remediation at Bien Hoa airbase", "Đào xúc, lưu giữ và xử lý đất nhiễm dioxin.",
                "Excavation, containment and treatment of dioxin-contaminated soil.",
                List.of(new IatiActivity.Participant(USAID, "U.S. Agency for International Development", OrganisationRole.FUNDING),
                        new IatiActivity.Participant(null, "Quân chủng Phòng không – Không quân", OrganisationRole.IMPLEMENTING)),
                IatiActivityStatus.IMPLEMENTATION, LocalDate.of(2019, 4, 20), LocalDate.of(2019, 4, 20),
                LocalDate.of(2030, 12, 31), null, "Đồng Nai", "Tỉnh Đồng Nai", "41010", Area.DIOXIN,
                List.of(new IatiActivity.Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        BigDecimal.valueOf(30_000_000), "USD")),
                List.of(transaction(TransactionType.OUTGOING_COMMITMENT, LocalDate.of(2019, 4, 20), 183_000_000),
                        transaction(TransactionType.DISBURSEMENT, LocalDate.of(2025, 6, 30), 24_500_000)),
                List.of(), List.of(), List.of());
    }

    private static IatiActivity quangTri() {
        return new IatiActivity(USAID + "-QT-ERW-2024", usaid(), "Rà phá bom mìn và vật nổ tại Quảng Trị",
                "Explosive remnants of war clearance in Quang Tri", null, "Survey, clearance and risk education.",
                List.of(new IatiActivity.Participant(USAID, "U.S. Agency for International Development", OrganisationRole.FUNDING),
                        new IatiActivity.Participant(null, "Trung tâm Hành động bom mìn quốc gia", OrganisationRole.ACCOUNTABLE)),
                IatiActivityStatus.IMPLEMENTATION, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2028, 12, 31), null, "Quảng Trị", "Tỉnh Quảng Trị", "15250", Area.ORDNANCE,
                List.of(new IatiActivity.Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        BigDecimal.valueOf(5_000_000), "USD")),
                List.of(transaction(TransactionType.DISBURSEMENT, LocalDate.of(2025, 3, 15), 4_200_000)),
                List.of(), List.of(), List.of());
    }

    private static IatiActivity disability() {
        return new IatiActivity(USAID + "-DISABILITY-2021", usaid(), "Hỗ trợ người khuyết tật tại các tỉnh bị rải chất độc",
                "Support for persons with disabilities in the most sprayed provinces", null, null,
                List.of(new IatiActivity.Participant(USAID, "U.S. Agency for International Development", OrganisationRole.FUNDING)),
                IatiActivityStatus.IMPLEMENTATION, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 1),
                LocalDate.of(2030, 9, 30), null, "Quảng Trị", null, "16010", Area.DISABILITY, List.of(),
                List.of(transaction(TransactionType.DISBURSEMENT, LocalDate.of(2025, 9, 30), 6_800_000)),
                List.of(new IatiActivity.RelatedActivity(3, USAID + "-BIENHOA-2019")), List.of(), List.of());
    }

    private static IatiActivity.Transaction transaction(TransactionType type, LocalDate on, long usd) {
        return new IatiActivity.Transaction(type, on, BigDecimal.valueOf(usd), "USD", usaid(), null);
    }
}
