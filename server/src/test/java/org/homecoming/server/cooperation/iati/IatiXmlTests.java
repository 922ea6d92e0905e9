package org.homecoming.server.cooperation.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.homecoming.server.cooperation.IatiActivity;
import org.homecoming.server.cooperation.IatiActivityStatus;
import org.homecoming.server.cooperation.OrganisationRole;
import org.homecoming.server.cooperation.TransactionType;
import org.junit.jupiter.api.Test;

/**
 * IATI 2.03 files: what the writer writes is valid against the published schema and reads back equal; a file that is
 * not valid, or that carries a value the programme cannot take, is refused naming its line; a DOCTYPE is never
 * followed; reconciliation reports new, same, changed (with the fields), ours and possible duplicates.
 */
class IatiXmlTests {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T08:00:00Z");
    private static final IatiActivity.Organisation USAID = new IatiActivity.Organisation("US-GOV-1",
            "U.S. Agency for International Development");

    static IatiActivity bienHoa() {
        return new IatiActivity("US-GOV-1-BH-1", USAID, "Xử lý dioxin tại Biên Hòa", "Dioxin <remediation> & containment",
                "Đào xúc và xử lý đất", "Excavation and treatment",
                List.of(new IatiActivity.Participant("US-GOV-1", "USAID", OrganisationRole.FUNDING),
                        new IatiActivity.Participant(null, "Quân chủng Phòng không – Không quân", OrganisationRole.IMPLEMENTING)),
                IatiActivityStatus.IMPLEMENTATION, LocalDate.of(2019, 4, 20), LocalDate.of(2019, 5, 1),
                LocalDate.of(2030, 12, 31), null, "Đồng Nai", "Tỉnh Đồng Nai", "41010", null,
                List.of(new IatiActivity.Budget(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        new BigDecimal("30000000.5"), "USD")),
                List.of(new IatiActivity.Transaction(TransactionType.DISBURSEMENT, LocalDate.of(2025, 6, 30),
                        new BigDecimal("24500000"), "USD", USAID, new IatiActivity.Organisation(null, "Bộ Quốc phòng"))),
                List.of(new IatiActivity.RelatedActivity(3, "US-GOV-1-QT-2")),
                List.of(new IatiActivity.DocumentLink("https://example.org/bienhoa.pdf", "Environmental assessment", "A01")),
                List.of(new IatiActivity.Result(1, "Đất đã xử lý (m³)", "Soil treated (m³)",
                        List.of(new IatiActivity.ResultIndicator("Đất đã xử lý", "Soil treated", 2025, new BigDecimal("0"),
                                List.of(new IatiActivity.ResultPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 5),
                                        new BigDecimal("150000"), new BigDecimal("78000.5"))))))));
    }

    static IatiActivity quangTri() {
        return new IatiActivity("US-GOV-1-QT-2", USAID, null, "ERW clearance in Quang Tri", null, null,
                List.of(new IatiActivity.Participant("US-GOV-1", "USAID", OrganisationRole.FUNDING)),
                IatiActivityStatus.PIPELINE, LocalDate.of(2027, 1, 1), null, null, null, null, null, "15250", null,
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void whatIsWrittenIsValidAndReadsBackEqual() {
        byte[] xml = IatiXmlWriter.write(List.of(bienHoa(), quangTri()), NOW);
        assertThat(IatiSchemaCheck.problems(xml)).isEmpty();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("Dioxin &lt;remediation&gt; &amp; containment").contains("version=\"2.03\"");
        List<IatiActivity> back = IatiXmlReader.read(xml, "ours.xml");
        assertThat(back.get(0)).isEqualTo(withoutArea(bienHoa(), "Excavation and treatment", "Đào xúc và xử lý đất"));
        // No description of its own: the schema's required description carries the title.
        assertThat(back.get(1)).isEqualTo(withoutArea(quangTri(), "ERW clearance in Quang Tri", null));
        assertThat(IatiReconciliation.changed(back.get(0), bienHoa())).isEmpty();
    }

    private static IatiActivity withoutArea(IatiActivity a, String descriptionEn, String descriptionVi) {
        return new IatiActivity(a.identifier(), a.reportingOrg(), a.titleVi(), a.titleEn(), descriptionVi, descriptionEn,
                a.participants(), a.status(), a.plannedStart(), a.actualStart(), a.plannedEnd(), a.actualEnd(), a.province(),
                a.provinceBefore(), a.sectorCode(), null, a.budgets(), a.transactions(), a.related(), a.documents(),
                a.results());
    }

    @Test
    void anInvalidFileIsRefusedNamingItsLine() {
        String xml = new String(IatiXmlWriter.write(List.of(quangTri()), NOW), StandardCharsets.UTF_8);
        String broken = xml.replace("<activity-status code=\"1\"/>", "<activity-status/>");
        int line = (int) broken.substring(0, broken.indexOf("<activity-status/>")).lines().count();
        assertThat(IatiSchemaCheck.problems(broken.getBytes(StandardCharsets.UTF_8))).first().asString()
                .startsWith(line + ":");
        assertThatThrownBy(() -> IatiXmlReader.read(broken.getBytes(StandardCharsets.UTF_8), "theirs.xml"))
                .hasMessageStartingWith("theirs.xml:" + line + ": schema");
        String outOfOrder = xml.replace("<activity-status code=\"1\"/>", "").replace("</iati-activity>",
                "<activity-status code=\"1\"/></iati-activity>");
        assertThat(IatiSchemaCheck.problems(outOfOrder.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void aValueTheProgrammeCannotTakeNamesTheFileLineAndField() {
        String xml = new String(IatiXmlWriter.write(List.of(quangTri()), NOW), StandardCharsets.UTF_8);
        String nine = xml.replace("<activity-status code=\"1\"/>", "<activity-status code=\"9\"/>");
        int line = (int) nine.substring(0, nine.indexOf("code=\"9\"")).lines().count();
        assertThatThrownBy(() -> IatiXmlReader.read(nine.getBytes(StandardCharsets.UTF_8), "theirs.xml"))
                .hasMessage("theirs.xml:" + line + ": activity-status/@code: must be 1 to 6: 9");
    }

    @Test
    void aDoctypeIsNeverFollowed() {
        String xml = new String(IatiXmlWriter.write(List.of(quangTri()), NOW), StandardCharsets.UTF_8);
        String hostile = xml.replace("<iati-activities", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<iati-activities").replace("ERW clearance in Quang Tri", "&e;");
        assertThatThrownBy(() -> IatiXmlReader.read(hostile.getBytes(StandardCharsets.UTF_8), "hostile.xml"))
                .isInstanceOf(IatiFileException.class).hasMessageNotContaining("root:");
    }

    @Test
    void reconciliationSaysWhatIsNewSameChangedOursOrPossiblyDuplicated() {
        IatiActivity stored = bienHoa();
        IatiActivity ours = quangTri();
        IatiActivity changed = new IatiActivity(stored.identifier(), stored.reportingOrg(), stored.titleVi(),
                stored.titleEn(), stored.descriptionVi(), stored.descriptionEn(), stored.participants(),
                IatiActivityStatus.FINALISATION, stored.plannedStart(), stored.actualStart(), stored.plannedEnd(),
                LocalDate.of(2026, 11, 30), stored.province(), stored.provinceBefore(), stored.sectorCode(), null,
                stored.budgets(), List.of(), stored.related(), stored.documents(), List.of());
        IatiActivity lookalike = new IatiActivity("US-DOS-9-BH", USAID, null, "Dioxin remediation & containment!", null,
                null, stored.participants(), stored.status(), stored.plannedStart(), null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        IatiActivity fresh = new IatiActivity("US-DOS-9-NEW", USAID, null, "Peacekeeping course", null, null,
                stored.participants(), IatiActivityStatus.PIPELINE, LocalDate.of(2027, 3, 1), null, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        IatiReconciliation.Report r = IatiReconciliation.of(List.of(stored, ours), Set.of(ours.identifier()),
                List.of(stored, changed.identifier().equals(stored.identifier()) ? ours : changed, fresh, lookalike), "us.xml");
        assertThat(r.lines()).extracting(IatiReconciliation.Line::outcome).containsExactly(IatiReconciliation.Outcome.SAME,
                IatiReconciliation.Outcome.OURS, IatiReconciliation.Outcome.NEW, IatiReconciliation.Outcome.POSSIBLE_DUPLICATE);
        assertThat(r.lines().get(3).resembles()).isEqualTo(stored.identifier());
        IatiReconciliation.Report c = IatiReconciliation.of(List.of(stored), Set.of(), List.of(changed), "us.xml");
        assertThat(c.lines().get(0).outcome()).isEqualTo(IatiReconciliation.Outcome.CHANGED);
        assertThat(c.lines().get(0).changed()).containsExactly("status", "actualEnd", "transactions");
        assertThatThrownBy(() -> IatiReconciliation.of(List.of(), Set.of(), List.of(fresh, fresh), "us.xml"))
                .hasMessage("us.xml: iati-identifier US-DOS-9-NEW appears twice");
    }
}
