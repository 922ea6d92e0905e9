package org.homecoming.server.archive;

import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages of requests between the sides: the list with a form to ask, a request with its answers. */
@Controller
class RequestController {

    static final String LIST_VIEW = "archive/requests";
    static final String DETAIL_VIEW = "archive/request";

    private final RequestService requests;
    private final CurrentUsers currentUsers;

    RequestController(RequestService requests, CurrentUsers currentUsers) {
        this.requests = requests;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("mySide", currentUsers.get().side());
        model.addAttribute("statuses", ExchangeRequest.STATUSES);
    }

    @GetMapping("/archive/requests")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        Page.check(page, 50);
        String s = status == null || status.isBlank() ? null : status;
        model.addAttribute("requests", requests.list(s, page * 50, 50));
        model.addAttribute("status", s);
        return LIST_VIEW;
    }

    @PostMapping("/archive/requests")
    String ask(@RequestParam String subject, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String about, @RequestParam(required = false) String details) {
        return "redirect:/archive/requests/" + requests.ask(subject, personId, about, details).id();
    }

    @GetMapping("/archive/requests/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("r", requests.find(id));
        return DETAIL_VIEW;
    }

    @PostMapping("/archive/requests/{id}/answers")
    String answer(@PathVariable long id, @RequestParam String text, @RequestParam(required = false) String packageSha256) {
        requests.answer(id, text, packageSha256);
        return "redirect:/archive/requests/" + id;
    }

    @PostMapping("/archive/requests/{id}/status")
    String status(@PathVariable long id, @RequestParam String status, @RequestParam int version) {
        requests.setStatus(id, status, version);
        return "redirect:/archive/requests/" + id;
    }
}
