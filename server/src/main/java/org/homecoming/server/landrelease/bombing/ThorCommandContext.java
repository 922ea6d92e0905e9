package org.homecoming.server.landrelease.bombing;

import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.LocalInstallation;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The small Spring context of {@link ThorCommandMode}: the database (migrated by Flyway), the audit log and
 * the importer; no web server, no search index, no startup work. Not a {@code @Configuration}, so the web
 * application's component scan never picks it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, TransactionAutoConfiguration.class})
@Import({CurrentUsers.class, LocalInstallation.class, AuditLog.class, CountryBoxes.class, ImportRuns.class,
    ThorImporter.class})
class ThorCommandContext {
}
