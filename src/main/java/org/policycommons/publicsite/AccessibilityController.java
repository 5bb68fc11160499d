package org.policycommons.publicsite;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.common.Translations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The accessibility statement, linked from every page's footer: the standard the portal meets, how it is tested, its
 * known limits, and whom to contact. A district's statement names the contact the district set (PublicSettings); the
 * portal's own, for pages outside any district, lists the districts' statements. Public, without a session.
 */
@Controller
public class AccessibilityController {

    private final PublicSite site;
    private final PublicSettings settings;
    private final DistrictDirectory districts;
    private final Translations translations;
    private final PublicResponses responses;

    AccessibilityController(PublicSite site, PublicSettings settings, DistrictDirectory districts,
                            Translations translations, PublicResponses responses) {
        this.site = site;
        this.settings = settings;
        this.districts = districts;
        this.translations = translations;
        this.responses = responses;
    }

    /**
     * What the statement says beside its fixed text.
     *
     * @param contact   the district's contact; empty on the portal's statement, or while the district names none
     * @param districts the districts whose statements the portal's statement lists; empty on a district's
     */
    public record StatementPage(Frame frame, Optional<String> contact, List<District> districts) {
    }

    @GetMapping("/public/{slug}/accessibility")
    ResponseEntity<byte[]> district(HttpServletRequest request, @PathVariable String slug) {
        PublicSite.Visit visit = site.visit(request, slug);
        String contact = visit.read(() -> settings.current().accessibilityContact());
        Frame frame = visit.frame(PublicPaths.district(slug) + "/accessibility",
                visit.words.t("public.accessibility.page-title", visit.district.name()),
                visit.words.t("public.accessibility.description"), Frame.Nav.NONE);
        return visit.page("site/accessibility.jte", new StatementPage(frame,
                Optional.of(contact).filter(c -> !c.isEmpty()), List.of()));
    }

    @GetMapping("/public/accessibility")
    ResponseEntity<byte[]> portal(HttpServletRequest request) {
        Reader reader = site.readerOfLanding(request);
        Words words = new Words(translations, reader.locale(), java.time.ZoneOffset.UTC);
        Frame frame = new Frame(null, reader, words, "/public/accessibility",
                words.t("public.accessibility.title"), words.t("public.accessibility.description"),
                Frame.Nav.NONE, false, site.baseUrl());
        return responses.page(request, HttpStatus.OK, "site/accessibility.jte",
                new StatementPage(frame, Optional.empty(), districts.active()), words, "'none'");
    }
}
