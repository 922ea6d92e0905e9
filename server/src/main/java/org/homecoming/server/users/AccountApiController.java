package org.homecoming.server.users;

import org.homecoming.server.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/account/password}: any signed-in user replaces their own password; the one API
 * call that a user holding a one-time password may make (see {@link PasswordChangeGate}).
 */
@RestController
class AccountApiController extends UserApiErrors {

    static final String PATH = "/api/v1/account/password";

    private final UserAdministration admin;
    private final CurrentUsers currentUsers;

    AccountApiController(UserAdministration admin, CurrentUsers currentUsers) {
        this.admin = admin;
        this.currentUsers = currentUsers;
    }

    /** The body: the current password and the new one. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@RequestBody PasswordChange r) {
        admin.changeOwnPassword(currentUsers.get().username(), r.currentPassword(), r.newPassword());
    }
}
