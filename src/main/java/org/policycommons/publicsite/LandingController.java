package org.policycommons.publicsite;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.common.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's first page for a visitor ({@code /} leads here when nobody is signed in): what the portal is, and the
 * districts it serves, each leading to its public home. Like every public page, it makes no session.
 */
@Controller
public class LandingController {

    private final DistrictDirectory districts;
    private final Translations translations;
    private final PublicResponses responses;
    private final PublicSite site;

    LandingController(DistrictDirectory districts, Translations translations, PublicResponses responses,
                      PublicSite site) {
        this.districts = districts;
        this.translations = translations;
        this.responses = responses;
        this.site = site;
    }

    public record LandingPage(Frame frame, List<District> districts) {
    }

    @GetMapping({"/public", "/public/"})
    ResponseEntity<byte[]> landing(HttpServletRequest request) {
        Reader reader = site.readerOfLanding(request);
        Words words = new Words(translations, reader.locale(), java.time.ZoneOffset.UTC);
        Frame frame = new Frame(null, reader, words, "/public", words.t("app.name"), words.t("landing.intro"),
                Frame.Nav.NONE, false, site.baseUrl());
        return responses.page(request, HttpStatus.OK, "site/landing.jte", new LandingPage(frame, districts.active()),
                words, "'none'");
    }
}
