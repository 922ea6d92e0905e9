package org.homecoming.server.audit;

import org.homecoming.server.HomecomingOnPostgresTest;

/** The append-only audit log on PostgreSQL 15, the production database: a PL/pgSQL trigger. */
@HomecomingOnPostgresTest
class AppendOnlyOnPostgresTests extends AppendOnlyContract {

    @Override
    String truncateRefusal() {
        return "audit_log is append-only: TRUNCATE refused";
    }
}
