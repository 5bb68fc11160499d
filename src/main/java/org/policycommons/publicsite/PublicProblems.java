package org.policycommons.publicsite;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.shell.FailureReference;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public pages' answers when a page cannot be shown: a translated page, never a stack trace. An unknown district,
 * draft, version, section, clause or packet is 404; a parameter out of range is 400 and says which; a deactivated
 * district shows its closed page; anything unexpected is 500 with a reference the logs hold.
 */
@ControllerAdvice(basePackageClasses = PublicProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicProblems {

    private final PublicSite site;
    private final PublicResponses responses;

    PublicProblems(PublicSite site, PublicResponses responses) {
        this.site = site;
        this.responses = responses;
    }

    /** What the problem page shows. */
    public record Problem(Frame frame, String heading, String explanation) {
    }

    @ExceptionHandler(PublicNotFound.class)
    ResponseEntity<byte[]> notFound(HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, "public.not-found.title", "public.not-found.text");
    }

    @ExceptionHandler(PublicBadRequest.class)
    ResponseEntity<byte[]> badRequest(HttpServletRequest request, PublicBadRequest refused) {
        Words words = site.wordsWithoutDistrict(request);
        return explained(request, HttpStatus.BAD_REQUEST, "public.bad-request.title",
                words.t(refused.messageKey(), refused.arguments()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<byte[]> malformed(HttpServletRequest request, MethodArgumentTypeMismatchException mismatch) {
        Words words = site.wordsWithoutDistrict(request);
        return explained(request, HttpStatus.BAD_REQUEST, "public.bad-request.title",
                words.t("public.error.malformed", mismatch.getName()));
    }

    @ExceptionHandler(PublicSite.DistrictClosed.class)
    ResponseEntity<byte[]> closed(HttpServletRequest request, PublicSite.DistrictClosed closed) {
        PublicSite.Visit visit = site.visitForProblem(request, closed.district);
        Frame frame = new Frame(closed.district, visit.reader, visit.words, request.getRequestURI(),
                visit.words.t("public.closed.title", closed.district.name()), "", Frame.Nav.NONE, false,
                site.baseUrl());
        return responses.page(request, HttpStatus.OK, "site/problem.jte",
                new Problem(frame, frame.title(), visit.words.t("district-closed.text")), visit.words, "'none'");
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(HttpServletRequest request, RuntimeException failure) {
        String reference = FailureReference.log("public page " + request.getRequestURI(), failure);
        Words words = site.wordsWithoutDistrict(request);
        return explained(request, HttpStatus.INTERNAL_SERVER_ERROR, "public.failed.title",
                words.t("public.failed.text", reference));
    }

    private ResponseEntity<byte[]> problem(HttpServletRequest request, HttpStatus status, String title, String text) {
        return explained(request, status, title, site.wordsWithoutDistrict(request).t(text));
    }

    private ResponseEntity<byte[]> explained(HttpServletRequest request, HttpStatus status, String title,
                                             String explanation) {
        Words words = site.wordsWithoutDistrict(request);
        Frame frame = new Frame(null, site.readerWithoutDistrict(request), words, request.getRequestURI(), words.t(title), "",
                Frame.Nav.NONE, false, site.baseUrl());
        return responses.page(request, status, "site/problem.jte", new Problem(frame, words.t(title), explanation),
                words, "'none'");
    }
}
