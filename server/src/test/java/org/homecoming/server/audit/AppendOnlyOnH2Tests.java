package org.homecoming.server.audit;

import org.homecoming.server.HomecomingTest;

/** The append-only audit log on H2, the database of {@code ./homecoming demo}: a Java trigger and a truncate guard. */
@HomecomingTest
class AppendOnlyOnH2Tests extends AppendOnlyContract {

    @Override
    String truncateRefusal() {
        // H2 refuses to truncate a table that another table (audit_log_truncate_guard) references
        return "Cannot truncate \"public.audit_log\"";
    }
}
