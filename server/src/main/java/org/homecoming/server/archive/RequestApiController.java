package org.homecoming.server.archive;

import java.util.List;
import org.homecoming.server.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of requests between the sides.
 *
 * <pre>{@code
 * POST /api/v1/archive/requests               {"subject":"Burial register E48","personId":42,"about":"…","details":"…"}
 * POST /api/v1/archive/requests/3/answers     {"text":"Sent in package 3f0c…","packageSha256":"3f0c…"}
 * POST /api/v1/archive/requests/3/status      {"status":"CLOSED","version":1}
 * GET  /api/v1/archive/requests?status=OPEN
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1/archive/requests")
class RequestApiController {

    record Ask(String subject, Long personId, String about, String details) {
    }

    record Answer(String text, String packageSha256) {
    }

    record Move(String status, int version) {
    }

    private final RequestService requests;

    RequestApiController(RequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    List<ExchangeRequest> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        return requests.list(status, page * size, size);
    }

    @PostMapping
    ExchangeRequest ask(@RequestBody Ask a) {
        return requests.ask(a.subject(), a.personId(), a.about(), a.details());
    }

    @GetMapping("/{id}")
    ExchangeRequest show(@PathVariable long id) {
        return requests.find(id);
    }

    @PostMapping("/{id}/answers")
    ExchangeRequest answer(@PathVariable long id, @RequestBody Answer a) {
        return requests.answer(id, a.text(), a.packageSha256());
    }

    @PostMapping("/{id}/status")
    ExchangeRequest move(@PathVariable long id, @RequestBody Move m) {
        return requests.setStatus(id, m.status(), m.version());
    }
}
