package org.homecoming.server.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may call what. The API ({@code /api/**}) uses HTTP Basic without sessions and without CSRF
 * (no browser cookie authenticates it); the browser uses the login form with CSRF protection.
 * The URL rules here are the single place where roles are checked; visibility across sides and
 * the auditing of genetic data are done by the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String[] PUBLIC = {"/actuator/health", "/login", "/css/**", "/js/**", "/geo/**",
        "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder(@Value("${homecoming.security.bcrypt-strength:10}") int strength) {
        DelegatingPasswordEncoder d = new DelegatingPasswordEncoder("bcrypt",
                java.util.Map.of("bcrypt", new BCryptPasswordEncoder(strength), "noop", NoOpPasswordEncoder.getInstance()));
        return d;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> rules(a, "/api/v1"))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers(PUBLIC).permitAll();
                    rules(a, "");
                })
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
            String p) {
        a.requestMatchers(p + "/identification/next-samples/**").hasAnyRole(Role.LAB_ANALYST.name(),
                        Role.LIAISON.name(), Role.CASE_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(p + "/identification/**").hasRole(Role.LAB_ANALYST.name())
                .requestMatchers(p + "/profiles/**", p + "/samples/*/profile").hasRole(Role.LAB_ANALYST.name())
                .requestMatchers(p + "/audit/**", p + "/users/**").hasRole(Role.ADMIN.name())
                .requestMatchers(p + "/imports/**").hasAnyRole(Role.ADMIN.name(), Role.CASE_OFFICER.name())
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
                .requestMatchers(HttpMethod.GET, p + "/**").authenticated()
                .requestMatchers(p + "/persons/**", p + "/family-members/**", p + "/merges/**")
                .hasAnyRole(Role.CASE_OFFICER.name(), Role.ADMIN.name())
                .requestMatchers(p + "/remains/**", p + "/sites/**", p + "/samples/**")
                .hasAnyRole(Role.FIELD_TEAM.name(), Role.ADMIN.name(), Role.LAB_ANALYST.name())
                .anyRequest().authenticated();
    }
}
