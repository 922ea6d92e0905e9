package org.homecoming.server.users;

import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /account/password}: a signed-in user changes their own password; the page that
 * {@link PasswordChangeGate} sends a user with a one-time password to.
 */
@Controller
class AccountController {

    static final String VIEW = "account/password";

    private final UserAdministration admin;
    private final CurrentUsers currentUsers;

    AccountController(UserAdministration admin, CurrentUsers currentUsers) {
        this.admin = admin;
        this.currentUsers = currentUsers;
    }

    @GetMapping(PasswordChangeGate.CHANGE_PAGE)
    String initForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("mustChange", mustChange());
        return VIEW;
    }

    @PostMapping(PasswordChangeGate.CHANGE_PAGE)
    String processForm(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model) {
        model.addAttribute("mustChange", mustChange());
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "user.confirmation.differs", "confirmation differs from newPassword");
            return VIEW;
        }
        try {
            admin.changeOwnPassword(currentUsers.get().username(), form.getCurrentPassword(), form.getNewPassword());
        } catch (UserInputException e) {
            result.rejectValue(e.field(), e.key(), e.args(), e.getMessage());
            return VIEW;
        }
        return "redirect:/?passwordChanged";
    }

    private boolean mustChange() {
        try {
            return admin.get(currentUsers.get().username()).mustChangePassword();
        } catch (org.homecoming.server.web.NotFoundException noStoredAccount) {
            return false;
        }
    }
}
