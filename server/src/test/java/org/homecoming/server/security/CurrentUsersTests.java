package org.homecoming.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUsersTests {

    private final CurrentUsers currentUsers = new CurrentUsers();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(HomecomingPrincipal p) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @Test
    void askingWithNoOneSignedInIsAnErrorNotADefaultSide() {
        assertThatThrownBy(currentUsers::get).isInstanceOf(NoCurrentUserException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no authenticated user on thread " + Thread.currentThread().getName());
    }

    @Test
    void anAnonymousVisitorIsNoUser() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

        assertThatThrownBy(currentUsers::get).isInstanceOf(NoCurrentUserException.class)
                .hasMessage("the authenticated principal is no Homecoming user: anonymousUser");
    }

    @Test
    void theSignedInUserComesWithSideAndRoles() {
        signIn(HomecomingPrincipal.of("lab-us", Side.US, Role.LAB_ANALYST, Role.VIEWER));

        assertThat(currentUsers.get()).isEqualTo(new CurrentUser("lab-us", Side.US, Set.of(Role.LAB_ANALYST, Role.VIEWER)));
    }

    @Nested
    class BackgroundWork {

        @Test
        void runsAsTheSystemUserOfTheConfiguredSide() {
            LocalInstallation us = new LocalInstallation("us");

            assertThat(us.side()).isEqualTo(Side.US);
            assertThat(us.asSystem(currentUsers::get)).isEqualTo(new CurrentUser("system", Side.US, Set.of()));
            assertThat(new LocalInstallation("VN").asSystem(currentUsers::get).side()).isEqualTo(Side.VN);
        }

        @Test
        void leavesTheThreadAsItFoundIt() {
            LocalInstallation us = new LocalInstallation("US");
            us.asSystem(() -> assertThat(currentUsers.get().username()).isEqualTo("system"));
            assertThatThrownBy(currentUsers::get).as("nothing left behind on a bare thread")
                    .isInstanceOf(NoCurrentUserException.class);

            signIn(HomecomingPrincipal.of("officer-vn", Side.VN, Role.CASE_OFFICER));
            assertThatThrownBy(() -> us.asSystem(() -> {
                throw new IllegalArgumentException("work failed");
            })).hasMessage("work failed");
            assertThat(currentUsers.get().username()).as("the request's user back after failed work")
                    .isEqualTo("officer-vn");
        }

        @Test
        void anInstallationOfNoSideIsRefused() {
            assertThatThrownBy(() -> new LocalInstallation("FR")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("side must be VN or US: FR");
        }
    }
}
