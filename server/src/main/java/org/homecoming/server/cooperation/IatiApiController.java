package org.homecoming.server.cooperation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * IATI 2.03 in and out (docs/cooperation.md, "IATI"): {@code GET /api/v1/iati/activities.xml} (this side's activities
 * and results, valid against the schema); {@code POST /api/v1/iati/imports?file=NAME&apply=false|true} with the other
 * side's XML as the body (the reconciliation, and with {@code apply} the activities stored); {@code POST
 * /api/v1/iati/packages} {@code {"consentBasis"}} (the file in a signed exchange package) and {@code POST
 * /api/v1/iati/packages/import?apply=} with a package as the body.
 */
@RestController
@RequestMapping("/api/v1/iati")
class IatiApiController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final IatiExchange exchange;

    IatiApiController(IatiExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping(value = "/activities.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> activities() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("activities.xml").build()
                        .toString())
                .body(exchange.export());
    }

    @PostMapping("/imports")
    IatiExchange.Imported importFile(@RequestBody byte[] xml, @RequestParam(defaultValue = "upload.xml") String file,
            @RequestParam(defaultValue = "false") boolean apply) {
        return exchange.importFile(xml, file, apply);
    }

    /** The request body of a package to send. */
    record PackageRequest(String consentBasis) {
    }

    @PostMapping("/packages")
    ResponseEntity<byte[]> exportPackage(@RequestBody PackageRequest r) {
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("iati-package.zip")
                        .build().toString())
                .body(exchange.exportPackage(r.consentBasis()));
    }

    @PostMapping("/packages/import")
    IatiExchange.Imported importPackage(@RequestBody byte[] zip, @RequestParam(defaultValue = "false") boolean apply) {
        return exchange.importPackage(zip, apply);
    }
}
