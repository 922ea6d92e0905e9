package org.homecoming.server.security;

import org.homecoming.server.security.login.ApiSignInFailure;
import org.homecoming.server.security.login.Channel;
import org.homecoming.server.security.login.FormSignInFailure;
import org.homecoming.server.security.login.LoginAudit;
import org.homecoming.server.security.login.LoginThrottle;
import org.homecoming.server.security.login.RecentCredentials;
import org.homecoming.server.security.login.ThrottledLogin;
import org.homecoming.server.web.AccessDenied;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may call what. The API ({@code /api/**}) uses HTTP Basic without sessions and without CSRF
 * (no browser cookie authenticates it); the browser uses the login form with CSRF protection.
 * The URL rules here are the single place where roles are checked; visibility across sides and
 * the auditing of genetic data are done by the services. Both channels sign in through a
 * {@link ThrottledLogin} (lock-out after repeated failures, every outcome audited); the API
 * refuses requests from other origins ({@link OriginGuard}); the API docs need a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] PUBLIC = {"/actuator/health", "/login", "/css/**", "/js/**", "/geo/**",
        "/webjars/**", "/favicon.ico", "/error"};

    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder(@Value("${homecoming.security.bcrypt-strength:10}") int strength) {
        DelegatingPasswordEncoder d = new DelegatingPasswordEncoder("bcrypt",
                java.util.Map.of("bcrypt", new BCryptPasswordEncoder(strength), "noop", NoOpPasswordEncoder.getInstance()));
        return d;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            LoginAudit audit, @Value("${homecoming.cors.allowed-origins:}") String allowedOrigins) throws Exception {
        OriginGuard origins = new OriginGuard(allowedOrigins);
        ApiSignInFailure failure = new ApiSignInFailure();
        http.securityMatcher("/api/**")
                .addFilterBefore(origins, CorsFilter.class)
                .cors(c -> c.configurationSource(request -> origins.cors()))
                .authenticationManager(new ThrottledLogin(Channel.BASIC, new RecentCredentials(passwords(users, encoder),
                        users, Duration.ofMinutes(5), Clock.systemUTC()), throttle, audit))
                .authorizeHttpRequests(a -> rules(a, "/api/v1"))
                .httpBasic(b -> b.authenticationEntryPoint(failure))
                .exceptionHandling(e -> e.authenticationEntryPoint(failure))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, LoginAudit audit) throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers(PUBLIC).permitAll();
                    rules(a, "");
                })
                .authenticationManager(new ThrottledLogin(Channel.FORM, passwords(users, encoder), throttle, audit))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new FormSignInFailure()).permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(new AccessDenied()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").addLogoutHandler(audit)
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies("JSESSIONID"))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /** Checks a user name and password against the stored hash. */
    private static AuthenticationManager passwords(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(users);
        p.setPasswordEncoder(encoder);
        return new ProviderManager(p);
    }

    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
            String p) {
        a.requestMatchers(p + "/identification/next-samples/**").hasAnyRole(Role.LAB_ANALYST.name(),
                        Role.LIAISON.name(), Role.CASE_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(p + "/identification/**").hasRole(Role.LAB_ANALYST.name())
                .requestMatchers(p + "/profiles/**", p + "/samples/*/profile").hasRole(Role.LAB_ANALYST.name())
                .requestMatchers(p + "/audit/**", p + "/users/**").hasRole(Role.ADMIN.name())
                .requestMatchers(p + "/imports/**").hasAnyRole(Role.ADMIN.name(), Role.CASE_OFFICER.name())
                .requestMatchers(HttpMethod.POST, p + "/bombing/imports/**").hasAnyRole(Role.ADMIN.name(),
                        Role.CASE_OFFICER.name())
                .requestMatchers(HttpMethod.POST, p + "/sharing/**").hasAnyRole(Role.LIAISON.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.DELETE, p + "/sharing/**").hasAnyRole(Role.LIAISON.name(), Role.ADMIN.name())
                .requestMatchers(p + "/family-members/*/consents").hasAnyRole(Role.CASE_OFFICER.name(),
                        Role.LIAISON.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/archive/exchange/**", p + "/archive/*/*/share")
                .hasAnyRole(Role.LIAISON.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/persons/*/status-corrections/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/persons/*/notifications/**", p + "/persons/*/reburials/**",
                        p + "/persons/*/repatriations/**").hasAnyRole(Role.LIAISON.name(), Role.CASE_OFFICER.name())
                .requestMatchers(HttpMethod.GET, p + "/persons/*/status-corrections/**").hasRole(Role.ADMIN.name())
                // Mine action (docs/land-release.md): the centres record land, operators what they did and found,
                // only quality managers close a non-conformity; the other side reads only what is shared.
                .requestMatchers(HttpMethod.POST, p + "/nonconformities/*/close").hasRole(Role.QUALITY_MANAGER.name())
                .requestMatchers(HttpMethod.POST, p + "/qa-visits/**", p + "/nonconformities/**")
                .hasAnyRole(Role.QUALITY_MANAGER.name(), Role.MINE_ACTION_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/hazard-areas/**").hasAnyRole(Role.MINE_ACTION_OFFICER.name(),
                        Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/activities/**", p + "/finds/**", p + "/accidents/**",
                        p + "/risk-education/**").hasAnyRole(Role.FIELD_TEAM.name(), Role.MINE_ACTION_OFFICER.name(),
                        Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/recovery-missions/**").hasAnyRole(Role.FIELD_TEAM.name(),
                        Role.CASE_OFFICER.name(), Role.ADMIN.name())
                // Dioxin remediation: the project's remediation officers record cleanup progress and the plan;
                // volume estimates are saved by them or by laboratory staff; laboratory staff import samples and results.
                .requestMatchers(HttpMethod.POST, p + "/dioxin/sites/*/cleanup/**").hasAnyRole(
                        Role.REMEDIATION_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, p + "/dioxin/sites/*/volume-estimates/**").hasAnyRole(
                        Role.REMEDIATION_OFFICER.name(), Role.LAB_ANALYST.name(), Role.ADMIN.name())
                // Dioxin remediation: laboratory staff import samples and results.
                .requestMatchers(HttpMethod.POST, p + "/dioxin/**").hasAnyRole(Role.LAB_ANALYST.name(), Role.ADMIN.name())
                // Disability assistance: aggregates with small cells suppressed for everyone; the people and their
                // health data for social workers only.
                .requestMatchers(HttpMethod.GET, p + "/assistance/statistics/**", p + "/assistance/dashboard/**",
                        p + "/assistance/dashboard.csv", p + "/assistance/dashboard.xlsx")
                .authenticated()
                .requestMatchers(p + "/assistance/**").hasRole(Role.SOCIAL_WORKER.name())
                // Cooperation and commitments: the liaison offices record, everyone reads.
                .requestMatchers(HttpMethod.POST, p + "/agreements/**", p + "/commitments/**", p + "/indicators/**",
                        p + "/meetings/**", p + "/iati/**", p + "/cooperation/**")
                .hasAnyRole(Role.LIAISON.name(), Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, p + "/**").authenticated()
                .requestMatchers(p + "/persons/**", p + "/family-members/**", p + "/merges/**")
                .hasAnyRole(Role.CASE_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(p + "/remains/**", p + "/sites/**", p + "/samples/**")
                .hasAnyRole(Role.FIELD_TEAM.name(), Role.ADMIN.name(), Role.LAB_ANALYST.name())
                .anyRequest().authenticated();
    }
}
