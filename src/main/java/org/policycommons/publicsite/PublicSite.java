package org.policycommons.publicsite;

import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.policycommons.common.Translations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.TenantScope;
import org.policycommons.member.SelfRegistration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every public page does first: finds the district by its address (404 when there is none, its closed page
 * when it is deactivated), works out the reader's language, and then reads as that district, with no session: the
 * services answer as they would a reader who holds no role (published versions only, nothing hidden).
 */
@Component
class PublicSite {

    private final DistrictDirectory districts;
    private final PublicResponses responses;
    private final SelfRegistration registration;
    private final String baseUrl;
    private final Translations translations;

    PublicSite(DistrictDirectory districts, PublicResponses responses, SelfRegistration registration,
               @Value("${portal.public-url}") String baseUrl, Translations translations) {
        this.translations = translations;
        this.districts = districts;
        this.responses = responses;
        this.registration = registration;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** One request for one district's public page. */
    final class Visit {

        final District district;
        final Reader reader;
        final Words words;
        final HttpServletRequest request;

        private Visit(District district, HttpServletRequest request) {
            this.district = district;
            this.request = request;
            this.reader = Reader.of(request, translations.offered(district.languages()));
            this.words = new Words(translations, reader.locale(), district.timeZone(),
                    PublicPaths.district(district.slug()));
        }

        /** Reads as the district, outside any transaction (each service call is its own). */
        <T> T read(Supplier<T> work) {
            return TenantScope.callAs(district.id(), work);
        }

        Frame frame(String path, String title, String description, Frame.Nav nav) {
            boolean signUp = registration.openToSignUp(district);
            return new Frame(district, reader, words, path, title, description, nav, signUp, baseUrl);
        }

        ResponseEntity<byte[]> page(String template, Object page) {
            return responses.page(request, template, page, words);
        }

        /** A page for one person, not to be kept by any cache. */
        ResponseEntity<byte[]> unstored(HttpStatus status, String template, Object page) {
            return responses.unstored(request, status, template, page, words);
        }

        ResponseEntity<byte[]> page(String template, Object page, String frameAncestors) {
            return responses.page(request, HttpStatus.OK, template, page, words, frameAncestors);
        }
    }

    Visit visit(HttpServletRequest request, String slug) {
        District district = districts.bySlug(slug).orElseThrow(PublicNotFound::new);
        if (!district.active()) {
            throw new DistrictClosed(district);
        }
        return new Visit(district, request);
    }

    /**
     * A district's visit even when it is deactivated: for what must still work then, such as the unsubscribe link of
     * an email sent before.
     */
    Visit visitEvenIfClosed(HttpServletRequest request, String slug) {
        return new Visit(districts.bySlug(slug).orElseThrow(PublicNotFound::new), request);
    }

    /** For the answers to a request that failed: the district's visit when there is one, in the reader's language. */
    Visit visitForProblem(HttpServletRequest request, District district) {
        return new Visit(district, request);
    }

    Words wordsWithoutDistrict(HttpServletRequest request) {
        return new Words(translations, readerWithoutDistrict(request).locale(), ZoneOffset.UTC);
    }

    /** The reader of a page outside any district, by their browser, among all the deployment's languages. */
    Reader readerWithoutDistrict(HttpServletRequest request) {
        return Reader.byBrowser(request, translations.deployed());
    }

    /** The reader of the visitors' first page: by {@code lang} or their browser, among all the deployment's languages. */
    Reader readerOfLanding(HttpServletRequest request) {
        return Reader.of(request, translations.deployed());
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A deactivated district: its public pages say that it is closed, and nothing else. */
    static final class DistrictClosed extends RuntimeException {

        final transient District district;

        DistrictClosed(District district) {
            super("closed", null, false, false);
            this.district = district;
        }
    }
}
