package org.homecoming.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (the form posts to Spring Security's {@code /login}). */
@Controller
class LoginController {

    static final String VIEW = "web/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
