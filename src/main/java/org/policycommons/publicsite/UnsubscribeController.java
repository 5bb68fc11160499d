package org.policycommons.publicsite;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.common.RuleViolation;
import org.policycommons.notification.Unsubscribes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click unsubscribe of every email, without signing in. Opening the link asks (a mail scanner that follows
 * links turns nothing off); the button, or a mail provider's one-click POST (RFC 8058), stops that person's emails.
 * The link's signature is checked by {@link Unsubscribes}: a forged or expired link is refused with a 400 saying so.
 * Nothing here is cached, and it works for a district deactivated since the email was sent.
 */
@Controller
public class UnsubscribeController {

    private final PublicSite site;
    private final Unsubscribes unsubscribes;

    UnsubscribeController(PublicSite site, Unsubscribes unsubscribes) {
        this.site = site;
        this.unsubscribes = unsubscribes;
    }

    /**
     * @param state   ASK (the button), DONE (emails stopped) or REFUSED (the link does not work)
     * @param refusal why the link does not work, in the reader's language, when it does not
     */
    public record UnsubscribePage(Frame frame, String token, String state, String refusal) {
    }

    @GetMapping("/public/{slug}/unsubscribe")
    ResponseEntity<byte[]> ask(HttpServletRequest request, @PathVariable String slug,
                               @RequestParam(name = "t", required = false) String token) {
        PublicSite.Visit visit = site.visitEvenIfClosed(request, slug);
        try {
            visit.read(() -> unsubscribes.check(token));
            return answer(visit, slug, HttpStatus.OK, new Outcome(token, "ASK", ""));
        } catch (RuleViolation refused) {
            return answer(visit, slug, HttpStatus.BAD_REQUEST, new Outcome("", "REFUSED",
                    visit.words.t(refused.messageKey(), refused.arguments())));
        }
    }

    @PostMapping("/public/{slug}/unsubscribe")
    ResponseEntity<byte[]> stop(HttpServletRequest request, @PathVariable String slug,
                                @RequestParam(name = "t", required = false) String token) {
        PublicSite.Visit visit = site.visitEvenIfClosed(request, slug);
        try {
            visit.read(() -> unsubscribes.unsubscribe(token));
            return answer(visit, slug, HttpStatus.OK, new Outcome("", "DONE", ""));
        } catch (RuleViolation refused) {
            return answer(visit, slug, HttpStatus.BAD_REQUEST, new Outcome("", "REFUSED",
                    visit.words.t(refused.messageKey(), refused.arguments())));
        }
    }

    private record Outcome(String token, String state, String refusal) {
    }

    private static ResponseEntity<byte[]> answer(PublicSite.Visit visit, String slug, HttpStatus status,
                                                 Outcome outcome) {
        Words w = visit.words;
        // The link's token stays in the path, so that the page in another language still works.
        String path = PublicPaths.district(slug) + "/unsubscribe"
                + (outcome.token().isEmpty() ? "" : "?t=" + outcome.token());
        Frame frame = visit.frame(path, w.t("unsubscribe.title"),
                w.t("unsubscribe.title"), Frame.Nav.NONE);
        return visit.unstored(status, "site/unsubscribe.jte",
                new UnsubscribePage(frame, outcome.token(), outcome.state(), outcome.refusal()));
    }
}
