package org.homecoming.server.audit;

import org.homecoming.server.EmbeddedPostgresDatabase;
import org.homecoming.server.HomecomingTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The append-only audit log on PostgreSQL 15, the production database: a PL/pgSQL trigger. */
@HomecomingTest
class AppendOnlyOnPostgresTests extends AppendOnlyContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Override
    String truncateRefusal() {
        return "audit_log is append-only: TRUNCATE refused";
    }
}
