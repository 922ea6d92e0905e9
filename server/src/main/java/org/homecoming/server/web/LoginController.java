package org.homecoming.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page (the form posts to Spring Security's {@code /login}); {@code ?locked=N} says that
 * sign-in is refused for N more minutes after too many failures.
 */
@Controller
class LoginController {

    static final String VIEW = "web/login";
    private static final int LONGEST_LOCKOUT_MINUTES = 24 * 60;

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null && locked.matches("[0-9]{1,4}")) {
            int minutes = Integer.parseInt(locked);
            if (minutes >= 1 && minutes <= LONGEST_LOCKOUT_MINUTES) {
                model.addAttribute("lockedMinutes", minutes);
            }
        }
        return VIEW;
    }
}
