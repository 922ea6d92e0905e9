package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as the IATI activity standard 2.03 describes it: its identifier ({@code {reporting org}-{own id}}),
 * the reporting organisation, title and description in Vietnamese and English, the participating organisations, the
 * status, planned and actual dates, the province (after and before the July 2025 merger), the DAC 5 sector, the
 * memorandum's area, budgets, transactions, related activities, documents and results.
 *
 * <pre>{@code
 * activity.identifier(); // "US-GOV-1-72044020CA00001"
 * }</pre>
 */
public record IatiActivity(String identifier, Organisation reportingOrg, String titleVi, String titleEn,
        String descriptionVi, String descriptionEn, List<Participant> participants, IatiActivityStatus status,
        LocalDate plannedStart, LocalDate actualStart, LocalDate plannedEnd, LocalDate actualEnd, String province,
        String provinceBefore, String sectorCode, Area area, List<Budget> budgets, List<Transaction> transactions,
        List<RelatedActivity> related, List<DocumentLink> documents, List<Result> results) {

    public IatiActivity {
        participants = List.copyOf(participants);
        budgets = List.copyOf(budgets);
        transactions = List.copyOf(transactions);
        related = List.copyOf(related);
        documents = List.copyOf(documents);
        results = List.copyOf(results);
    }

    /** An organisation: its IATI organisation identifier (may be null) and name. */
    public record Organisation(String ref, String name) {
    }

    /** An organisation taking part, in one role. */
    public record Participant(String ref, String name, OrganisationRole role) {
    }

    /** A budget for a period, in a currency (ISO 4217). */
    public record Budget(LocalDate periodStart, LocalDate periodEnd, BigDecimal value, String currency) {
    }

    /** A transaction: type, date, value and currency, from the provider to the receiver (names; refs may be null). */
    public record Transaction(TransactionType type, LocalDate date, BigDecimal value, String currency,
            Organisation provider, Organisation receiver) {
    }

    /** Another activity this one relates to: IATI RelatedActivityType 1 parent, 2 child, 3 sibling, 4 co-funded, 5 third party. */
    public record RelatedActivity(int type, String identifier) {
    }

    /** A document about the activity: its address, title and IATI DocumentCategory code (e.g. A01). */
    public record DocumentLink(String url, String title, String category) {
    }

    /** A result (IATI ResultType 1 output, 2 outcome) with its indicators. */
    public record Result(int type, String titleVi, String titleEn, List<ResultIndicator> indicators) {
        public Result {
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator (measure 1 unit) with its baseline and its periods' targets and actuals. */
    public record ResultIndicator(String titleVi, String titleEn, Integer baselineYear, BigDecimal baseline,
            List<ResultPeriod> periods) {
        public ResultIndicator {
            periods = List.copyOf(periods);
        }
    }

    /** One period of an indicator: its start and end, target and actual (either may be null). */
    public record ResultPeriod(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {
    }
}
