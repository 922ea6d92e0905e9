package org.homecoming.server.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.AppUser;
import org.homecoming.server.security.GeneratedPassword;
import org.homecoming.server.security.PasswordPolicy;
import org.homecoming.server.security.PasswordRejectedException;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserAccount;
import org.homecoming.server.security.UserRepository;
import org.homecoming.server.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts: create, change name, roles and the enabled flag, reset
 * the password. Every action is audited (who, what, which account; never a password). A generated
 * password must be changed at the next sign-in. The last enabled administrator cannot be disabled
 * or lose {@code ADMIN}, and no administrator changes their own roles or disables themselves.
 *
 * <pre>{@code
 * IssuedPassword p = admin.create(new NewUser("lan", "Nguyễn Thị Lan", List.of("LAB_ANALYST"), "VN", null), "admin");
 * admin.update(p.account().id(), new AccountChange(null, null, false), "admin"); // disabled
 * }</pre>
 */
@Service
public class UserAdministration {

    static final String ENTITY = "USER";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdministration(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<UserAccount> all() {
        return users.accounts();
    }

    public UserAccount get(long id) {
        return users.account(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    public UserAccount get(String username) {
        return users.account(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    /** Creates an account; without a password in the request, a one-time password is generated. */
    @Transactional
    public IssuedPassword create(NewUser request, String actor) {
        String username = AccountInput.username(request.username());
        String fullName = AccountInput.fullName(request.fullName());
        Set<Role> roles = AccountInput.roles(request.roles());
        Side side = AccountInput.side(request.side());
        boolean generated = request.password() == null;
        String password = generated ? GeneratedPassword.next() : request.password();
        checkPolicy("password", username, password);
        if (users.find(username).isPresent()) {
            throw new UserConflictException("user.duplicate", "username already taken: " + username, username);
        }
        long id = users.insert(new AppUser(0, username, encoder.encode(password), side, roles, true), fullName,
                generated, actor);
        audit.recordAs(actor, AuditAction.CREATE, ENTITY, username, "created " + username + " (side " + side
                + "; roles " + names(roles) + "; " + (generated ? "one-time password issued" : "password set by "
                + actor) + ")");
        return new IssuedPassword(get(id), generated ? password : null);
    }

    /** Changes name, roles or enabled flag (null parts unchanged). */
    @Transactional
    public UserAccount update(long id, AccountChange change, String actor) {
        UserAccount before = get(id);
        String fullName = change.fullName() == null ? before.fullName() : AccountInput.fullName(change.fullName());
        Set<Role> roles = change.roles() == null ? Set.copyOf(before.roles()) : AccountInput.roles(change.roles());
        boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
        boolean rolesChange = !roles.equals(Set.copyOf(before.roles()));
        if (before.username().equals(actor) && rolesChange) {
            throw new UserConflictException("user.self.roles", "roles: an administrator cannot change their own roles;"
                    + " another administrator must");
        }
        if (before.username().equals(actor) && before.enabled() && !enabled) {
            throw new UserConflictException("user.self.disable", "enabled: an administrator cannot disable their own"
                    + " account");
        }
        if (before.isActiveAdmin() && !(enabled && roles.contains(Role.ADMIN)) && users.lockActiveAdmins().size() <= 1) {
            throw new UserConflictException("user.lastAdmin", "the last enabled administrator (" + before.username()
                    + ") cannot be disabled or lose the ADMIN role", before.username());
        }
        List<String> what = new ArrayList<>();
        if (rolesChange) {
            what.add("roles " + names(Set.copyOf(before.roles())) + " -> " + names(roles));
        }
        if (enabled != before.enabled()) {
            what.add(enabled ? "enabled" : "disabled");
        }
        if (!Objects.equals(fullName, before.fullName())) {
            what.add("full name changed");
        }
        if (!what.isEmpty()) {
            users.update(id, fullName, roles, enabled, actor);
            audit.recordAs(actor, AuditAction.UPDATE, ENTITY, before.username(), String.join("; ", what));
        }
        return get(id);
    }

    /** Replaces the password with a generated one-time password, to be changed at the next sign-in. */
    @Transactional
    public IssuedPassword resetPassword(long id, String actor) {
        UserAccount a = get(id);
        String password = GeneratedPassword.next();
        users.updatePassword(id, encoder.encode(password), true, actor);
        audit.recordAs(actor, AuditAction.UPDATE, ENTITY, a.username(), "password reset; one-time password issued");
        return new IssuedPassword(get(id), password);
    }

    /** A user replaces their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser u = users.find(username).orElseThrow(() -> new NotFoundException("user", username));
        if (currentPassword == null || !encoder.matches(currentPassword, u.passwordHash())) {
            throw new UserInputException("currentPassword", "user.currentPassword.wrong",
                    "currentPassword is not the current password");
        }
        if (currentPassword.equals(newPassword)) {
            throw new UserInputException("newPassword", "user.newPassword.same",
                    "newPassword must differ from the current password");
        }
        checkPolicy("newPassword", username, newPassword);
        users.updatePassword(u.id(), encoder.encode(newPassword), false, username);
        audit.recordAs(username, AuditAction.UPDATE, ENTITY, username, "password changed by the user");
    }

    private static void checkPolicy(String field, String username, String password) {
        try {
            PasswordPolicy.check(username, password);
        } catch (PasswordRejectedException e) {
            throw UserInputException.of(field, e);
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).toList().toString();
    }
}
