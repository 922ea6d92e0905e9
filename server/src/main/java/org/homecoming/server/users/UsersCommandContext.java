package org.homecoming.server.users;

import java.util.Map;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The small Spring context of {@link UsersCommandMode}: the database (migrated by Flyway), the accounts,
 * the audit log and {@link UserAdministration}; no web server, no search index, no startup work.
 * It is deliberately not a {@code @Configuration}, so the web application's component scan
 * never picks it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, TransactionAutoConfiguration.class})
@Import({UserRepository.class, CurrentUsers.class, AuditLog.class, UserAdministration.class, UsersCommandRunner.class})
class UsersCommandContext {

    /** The same hashes as the server's encoder ({@code {bcrypt}} prefix, the configured strength). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${homecoming.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
