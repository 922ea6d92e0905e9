package org.homecoming.server.security.login;

import java.time.Clock;
import org.homecoming.server.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sign-in beans: the throttle and the audit of sign-ins, on the limits of
 * {@code homecoming.login.*} ({@link LoginLimits}) and the application's {@link Clock} when it
 * has exactly one (tests give one they can move), else the system clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginLimits.class)
class LoginSettings {

    @Bean
    LoginThrottle loginThrottle(LoginLimits limits, ObjectProvider<Clock> clock) {
        return new LoginThrottle(limits, clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    LoginAudit loginAudit(AuditLog audit, LoginLimits limits, ObjectProvider<Clock> clock) {
        return new LoginAudit(audit, clock.getIfUnique(Clock::systemUTC), limits.window(), limits.tracked());
    }
}
