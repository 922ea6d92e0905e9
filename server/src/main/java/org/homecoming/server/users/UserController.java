package org.homecoming.server.users;

import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration pages of accounts (administrators only, by the URL rules): the list, the
 * creation form, the account page with its form and the password reset. A one-time password is
 * carried to the account page as a flash attribute, so it is shown once and a reload loses it.
 */
@Controller
class UserController {

    static final String LIST_VIEW = "users/list";
    static final String FORM_VIEW = "users/form";
    static final String EDIT_VIEW = "users/edit";
    static final String ONE_TIME_PASSWORD = "oneTimePassword";

    private final UserAdministration admin;
    private final CurrentUsers currentUsers;

    UserController(UserAdministration admin, CurrentUsers currentUsers) {
        this.admin = admin;
        this.currentUsers = currentUsers;
    }

    @InitBinder("userForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("allSides")
    Side[] allSides() {
        return Side.values();
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("accounts", admin.all());
        return LIST_VIEW;
    }

    @GetMapping("/users/new")
    String initCreationForm(Model model) {
        UserForm f = new UserForm();
        f.setSide(currentUsers.get().side().name());
        model.addAttribute("userForm", f);
        return FORM_VIEW;
    }

    @PostMapping("/users/new")
    String processCreationForm(@ModelAttribute("userForm") UserForm userForm, BindingResult result,
            RedirectAttributes redirect) {
        try {
            IssuedPassword p = admin.create(userForm.toNewUser(), currentUsers.get().username());
            redirect.addFlashAttribute(ONE_TIME_PASSWORD, p.oneTimePassword());
            return "redirect:/users/" + p.account().id();
        } catch (UserInputException e) {
            result.rejectValue(e.field(), e.key(), e.args(), e.getMessage());
        } catch (UserConflictException e) {
            result.rejectValue("username", e.key(), e.args(), e.getMessage());
        }
        return FORM_VIEW;
    }

    @GetMapping("/users/{id}")
    String initUpdateForm(@PathVariable long id, Model model) {
        model.addAttribute("account", admin.get(id));
        model.addAttribute("userForm", UserForm.of(admin.get(id)));
        return EDIT_VIEW;
    }

    @PostMapping("/users/{id}")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("userForm") UserForm userForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            admin.update(id, userForm.toChange(), currentUsers.get().username());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/users/" + id;
        } catch (UserInputException e) {
            result.rejectValue(e.field(), e.key(), e.args(), e.getMessage());
        } catch (UserConflictException e) {
            result.reject(e.key(), e.args(), e.getMessage());
        }
        model.addAttribute("account", admin.get(id));
        return EDIT_VIEW;
    }

    @PostMapping("/users/{id}/password-reset")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(ONE_TIME_PASSWORD, admin.resetPassword(id, currentUsers.get().username())
                .oneTimePassword());
        return "redirect:/users/" + id;
    }
}
