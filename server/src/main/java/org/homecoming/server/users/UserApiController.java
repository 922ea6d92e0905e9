package org.homecoming.server.users;

import java.net.URI;
import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.security.UserAccount;
import org.homecoming.server.web.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users} (administrators only, by the URL rules): create an account (201 with a
 * one-time password when the body gives none), list, read, change name/roles/enabled (PATCH: the
 * parts given; PUT: all three), reset the password. Errors: 400 naming the field, 409 for a taken
 * name or a change the accounts forbid (see {@link UserApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController extends UserApiErrors {

    private final UserAdministration admin;
    private final CurrentUsers currentUsers;

    UserApiController(UserAdministration admin, CurrentUsers currentUsers) {
        this.admin = admin;
        this.currentUsers = currentUsers;
    }

    /** The body of {@code POST /api/v1/users}; {@code password} is optional. */
    record CreateRequest(String username, String fullName, List<String> roles, String side, String password) {
    }

    /** The answer to a creation or a reset: the one-time password appears here and nowhere else. */
    record Created(long id, String username, String fullName, List<Role> roles, Side side, boolean enabled,
            boolean mustChangePassword, String oneTimePassword) {

        static Created of(IssuedPassword p) {
            UserAccount a = p.account();
            return new Created(a.id(), a.username(), a.fullName(), a.roles(), a.side(), a.enabled(),
                    a.mustChangePassword(), p.oneTimePassword());
        }
    }

    /** The body of {@code PATCH} and {@code PUT /api/v1/users/{id}}. */
    record ChangeRequest(String fullName, List<String> roles, Boolean enabled) {
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody CreateRequest r) {
        IssuedPassword p = admin.create(new NewUser(r.username(), r.fullName(), r.roles(), r.side(), r.password()),
                currentUsers.get().username());
        return ResponseEntity.created(URI.create("/api/v1/users/" + p.account().id())).body(Created.of(p));
    }

    @GetMapping
    Page<UserAccount> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        List<UserAccount> all = admin.all();
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), all.size(), page, size);
    }

    @GetMapping("/{id}")
    UserAccount one(@PathVariable long id) {
        return admin.get(id);
    }

    @PatchMapping("/{id}")
    UserAccount patch(@PathVariable long id, @RequestBody ChangeRequest r) {
        return admin.update(id, new AccountChange(r.fullName(), r.roles(), r.enabled()), currentUsers.get().username());
    }

    @PutMapping("/{id}")
    UserAccount put(@PathVariable long id, @RequestBody ChangeRequest r) {
        if (r.roles() == null) {
            throw new UserInputException("roles", "user.roles.missing", "roles must be given in a PUT (use PATCH to"
                    + " change only some parts)");
        }
        if (r.enabled() == null) {
            throw new UserInputException("enabled", "user.enabled.missing", "enabled must be given in a PUT (use PATCH"
                    + " to change only some parts)");
        }
        String fullName = r.fullName() == null ? "" : r.fullName();
        return admin.update(id, new AccountChange(fullName, r.roles(), r.enabled()), currentUsers.get().username());
    }

    @PostMapping("/{id}/password-reset")
    Created resetPassword(@PathVariable long id) {
        return Created.of(admin.resetPassword(id, currentUsers.get().username()));
    }
}
