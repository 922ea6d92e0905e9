package org.homecoming.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload that cannot be read (413 when over {@code spring.servlet.multipart.max-*-size},
 * else 400) at once, in JSON for the API and with the error page for the browser. Not through the
 * container's {@code /error} forward: that would read the same upload again and fail with an empty
 * answer.
 *
 * <pre>{@code
 * POST /api/v1/imports (2 GB) -> 413 {"status":413,"error":"the upload is larger than the server accepts",...}
 * }</pre>
 */
@Component
class UploadErrors implements HandlerExceptionResolver, Ordered {

    static final String TOO_LARGE = "the upload is larger than the server accepts";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!(e instanceof MultipartException)) {
            return null;
        }
        int status = e instanceof MaxUploadSizeExceededException ? 413 : 400;
        if (ErrorPages.wantsJson(request, request.getRequestURI().substring(request.getContextPath().length()))) {
            try {
                JsonError.write(response, status, status == 413 ? TOO_LARGE : "the upload could not be read as multipart");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView(WebErrors.VIEW, HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        return page;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
