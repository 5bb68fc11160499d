package org.policycommons.shell;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.common.Translations;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of a request that failed outside Vaadin's pages (a sign-in callback, a download): the same translated
 * "Something went wrong on our side" with a reference code as {@code ui.UnexpectedErrorView}, instead of Spring
 * Boot's own page. Server-rendered, without a session.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Translations translations;

    ErrorPageController(Translations translations) {
        this.translations = translations;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        Locale locale = translations.firstDeployed(java.util.Collections.list(request.getLocales()));
        String title;
        String text;
        String reference = null;
        if (status == HttpStatus.NOT_FOUND) {
            title = translations.text("not-found.title", locale);
            text = translations.text("not-found.text", locale);
        } else {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String where = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            reference = FailureReference.log(where, failure instanceof Throwable thrown ? thrown
                    : new IllegalStateException("HTTP " + status.value() + " at " + where));
            title = translations.text("unexpected-error.title", locale);
            text = translations.text("unexpected-error.text", locale);
        }
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
                </head><body><main><h1 id="error-title">%s</h1><p>%s</p>%s<p><a href="/">%s</a></p></main></body></html>
                """.formatted(locale.getLanguage(), escape(title), escape(title), escape(text),
                reference == null ? "" : "<p>" + escape(translations.text("unexpected-error.reference", locale))
                        + " <span id=\"error-reference\">" + reference + "</span></p>",
                escape(translations.text("not-found.back", locale)));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
