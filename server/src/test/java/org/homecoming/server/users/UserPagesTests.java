package org.homecoming.server.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.users.UserApiTests.admin;
import static org.homecoming.server.users.UserApiTests.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.homecoming.server.audit.AuditEntry;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserAccount;
import org.homecoming.server.security.UserRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administration pages, the forced change of a generated password, and who may see what. */
@HomecomingTest
class UserPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    UserAdministration administration;
    @Autowired
    AuditLog audit;

    private UserAccount account(String name) {
        return users.account(name).orElseThrow();
    }

    /** Creates an account through the form and returns the one-time password shown once. */
    private String createThroughTheForm(String name, String... roles) throws Exception {
        MvcResult r = mvc.perform(post("/users/new").with(admin()).with(csrf()).param("username", name)
                        .param("fullName", "Trần Văn Bình").param("side", "US").param("roles", roles))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/users/" + account(name).id()))
                .andReturn();
        String once = (String) r.getFlashMap().get(UserController.ONE_TIME_PASSWORD);
        assertThat(once).hasSize(20);
        mvc.perform(get("/users/" + account(name).id()).with(admin()).flashAttr(UserController.ONE_TIME_PASSWORD, once))
                .andExpect(content().string(containsString(once)));
        mvc.perform(get("/users/" + account(name).id()).with(admin()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(once))));
        return once;
    }

    private List<AuditEntry> auditOf(String name) {
        return audit.recent("USER", name, 0, 50);
    }

    @Nested
    class Administration {

        @Test
        void theListShowsEveryAccountToAdministratorsOnly() throws Exception {
            mvc.perform(get("/users").param("lang", "en").with(admin())).andExpect(status().isOk())
                    .andExpect(content().string(containsString(">admin</a>")))
                    .andExpect(content().string(containsString("Administrator")));
            mvc.perform(get("/users").with(TestUsers.officerVn())).andExpect(status().isForbidden());
            mvc.perform(get("/users/new").with(TestUsers.labVn())).andExpect(status().isForbidden());
        }

        @Test
        void creatingShowsTheOneTimePasswordOnceAndAuditsWithoutIt() throws Exception {
            String name = unique("binh");
            String once = createThroughTheForm(name, "LAB_ANALYST", "VIEWER");
            UserAccount a = account(name);
            assertThat(a.side()).isEqualTo(Side.US);
            assertThat(a.roles()).containsExactly(Role.LAB_ANALYST, Role.VIEWER);
            assertThat(a.fullName()).isEqualTo("Trần Văn Bình");
            assertThat(a.mustChangePassword()).isTrue();
            assertThat(a.createdBy()).isEqualTo("admin");
            List<AuditEntry> log = auditOf(name);
            assertThat(log).singleElement().satisfies(e -> {
                assertThat(e.username()).isEqualTo("admin");
                assertThat(e.action()).isEqualTo("CREATE");
                assertThat(e.detail()).isEqualTo("created " + name + " (side US; roles [LAB_ANALYST, VIEWER];"
                        + " one-time password issued)").doesNotContain(once);
            });
        }

        @Test
        void theFormNamesEachProblemInTheChosenLanguage() throws Exception {
            mvc.perform(post("/users/new").with(admin()).with(csrf()).param("lang", "en").param("username", "no roles")
                            .param("side", "VN"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The user name must be 1 to 64 letters, digits, dots,"
                            + " underscores or hyphens: no roles.")));
            mvc.perform(post("/users/new").with(admin()).with(csrf()).param("username", unique("x")).param("side", "VN"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Hãy chọn ít nhất một vai trò.")));
            mvc.perform(post("/users/new").with(admin()).with(csrf()).param("lang", "en").param("username", "admin")
                            .param("side", "VN").param("roles", "VIEWER"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("The user name admin is already taken.")));
        }

        @Test
        void disablingChangingRolesAndResettingAreSavedAndAudited() throws Exception {
            String name = unique("chau");
            String once = createThroughTheForm(name, "VIEWER");
            long id = account(name).id();
            mvc.perform(post("/users/" + id).with(admin()).with(csrf()).param("fullName", "Trần Văn Bình")
                            .param("roles", "CASE_OFFICER", "LAB_ANALYST").param("enabled", "true"))
                    .andExpect(redirectedUrl("/users/" + id)).andExpect(flash().attribute("saved", true));
            assertThat(account(name).roles()).containsExactly(Role.CASE_OFFICER, Role.LAB_ANALYST);
            // An unchecked box sends nothing but Spring's "_enabled" marker: the account is disabled.
            mvc.perform(post("/users/" + id).with(admin()).with(csrf()).param("fullName", "Trần Văn Bình")
                    .param("roles", "CASE_OFFICER", "LAB_ANALYST").param("_enabled", "on"))
                    .andExpect(redirectedUrl("/users/" + id));
            assertThat(account(name).enabled()).isFalse();
            MvcResult reset = mvc.perform(post("/users/" + id + "/password-reset").with(admin()).with(csrf()))
                    .andExpect(redirectedUrl("/users/" + id)).andReturn();
            String again = (String) reset.getFlashMap().get(UserController.ONE_TIME_PASSWORD);
            assertThat(again).hasSize(20).isNotEqualTo(once);
            assertThat(auditOf(name)).extracting(AuditEntry::detail).containsExactly(
                    "password reset; one-time password issued", "disabled",
                    "roles [VIEWER] -> [CASE_OFFICER, LAB_ANALYST]",
                    "created " + name + " (side US; roles [VIEWER]; one-time password issued)");
            assertThat(auditOf(name)).allSatisfy(e -> assertThat(e.detail()).doesNotContain(once, again));
        }

        @Test
        void anAdministratorCannotDisableThemselvesOnThePageEither() throws Exception {
            long id = account("admin").id();
            mvc.perform(post("/users/" + id).with(admin()).with(csrf()).param("lang", "en").param("roles", "ADMIN")
                            .param("_enabled", "on"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("You cannot disable your own account; another"
                            + " administrator must.")));
            assertThat(account("admin").enabled()).isTrue();
        }
    }

    @Nested
    class FirstSignIn {

        @Test
        void aGeneratedPasswordSendsTheUserToTheChangePageUntilChanged() throws Exception {
            String name = unique("dung");
            String once = createThroughTheForm(name, "CASE_OFFICER");
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(name).password(once))
                    .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
            mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/account/password"));
            mvc.perform(get("/account/password").param("lang", "en").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Your password was issued by an administrator")));
            change(session, "wrong current", "a new passphrase here", "a new passphrase here",
                    "This is not your current password.");
            change(session, once, "a new passphrase here", "another passphrase", "The two new passwords differ.");
            change(session, once, name, name, "The password must not be the user name.");
            change(session, once, "Password1234", "Password1234",
                    "This password is on the list of common passwords; choose another.");
            mvc.perform(post("/account/password").session(session).with(csrf()).param("lang", "vi")
                            .param("currentPassword", once).param("newPassword", "ngắn quá")
                            .param("confirmation", "ngắn quá"))
                    .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 12 ký tự: đã nhập 8.")));
            mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", once)
                    .param("newPassword", "a new passphrase here").param("confirmation", "a new passphrase here"))
                    .andExpect(redirectedUrl("/?passwordChanged"));
            mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
            assertThat(account(name).mustChangePassword()).isFalse();
            assertThat(auditOf(name).get(0).detail()).isEqualTo("password changed by the user");
            assertThat(auditOf(name).get(0).username()).isEqualTo(name);
        }

        private void change(MockHttpSession session, String current, String next, String confirmation, String error)
                throws Exception {
            mvc.perform(post("/account/password").session(session).with(csrf()).param("lang", "en")
                            .param("currentPassword", current).param("newPassword", next)
                            .param("confirmation", confirmation))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(error)));
        }

        @Test
        void aSessionOfAnAccountDisabledSinceSignInIsEnded() throws Exception {
            String name = unique("giang");
            String mine = "my own long passphrase";
            long id = administration.create(new NewUser(name, null, List.of("VIEWER"), "VN", mine), "admin")
                    .account().id();
            MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(name).password(mine))
                    .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
            mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
            administration.update(id, new AccountChange(null, null, false), "admin");
            mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login?disabled"));
            assertThat(session.isInvalid()).isTrue();
            mvc.perform(formLogin("/login").user(name).password(mine)).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Nested
    class Genetics {

        @Test
        void administratorsSeeNoGeneticDataUnlessTheyAreAlsoAnalysts() throws Exception {
            mvc.perform(get("/identification").with(admin())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/profiles").with(admin())).andExpect(status().isForbidden());
            mvc.perform(get("/identification").with(TestUsers.as("admin-lab", Side.VN, Role.ADMIN, Role.LAB_ANALYST)))
                    .andExpect(status().isOk());
        }
    }
}
