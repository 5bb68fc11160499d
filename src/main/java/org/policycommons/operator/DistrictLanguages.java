package org.policycommons.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.policycommons.audit.AuditLog;
import org.policycommons.common.Translations;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.RealmLanguages;
import org.policycommons.identity.Roles;
import org.policycommons.identity.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which of the deployment's languages a district offers, chosen by a platform operator: the first is the district's
 * default and the language a text falls back to. The district's realm follows (its sign-in pages' languages and
 * default, and the portal's texts there) before the district is changed, and is put back if the change cannot be
 * recorded. Each change is in the district's audit log.
 */
@Service
@PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
public class DistrictLanguages {

    private static final Logger log = LoggerFactory.getLogger(DistrictLanguages.class);

    private final DistrictDirectory districts;
    private final PlatformKeycloak platform;
    private final RealmLanguages realms;
    private final Translations translations;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    DistrictLanguages(DistrictDirectory districts, PlatformKeycloak platform, RealmLanguages realms,
                      Translations translations, AuditLog audit, TransactionTemplate transactions) {
        this.districts = districts;
        this.platform = platform;
        this.realms = realms;
        this.translations = translations;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What the district's audit log keeps of a change of languages. */
    record Audited(List<String> languages) {
    }

    /** The deployment's languages an operator may choose from. */
    public List<Locale> available() {
        return translations.deployed();
    }

    public District change(String slug, List<Locale> chosen) {
        District district = districts.bySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new OperatorRuleViolation("operator.error.no-such-district", String.valueOf(slug)));
        List<Locale> languages = checked(translations, chosen);
        if (tags(languages).equals(tags(district.languages()))) {
            return district;
        }
        setRealm(district, languages);
        try {
            District changed = TenantScope.callAs(district.id(), () -> transactions.execute(status -> {
                District after = districts.changeLanguages(district.id(), languages);
                audit.recordOperatorAction("district.languages-changed", new Audited(tags(district.languages())),
                        new Audited(tags(languages)));
                return after;
            }));
            log.info("District {} now offers {}", slug, tags(languages));
            return changed;
        } catch (RuntimeException failed) {
            setRealm(district, district.languages());
            throw failed;
        }
    }

    /**
     * The languages as a district may offer them: at least one, each one of the deployment's, each once, in the
     * order given.
     */
    static List<Locale> checked(Translations translations, List<Locale> chosen) {
        List<Locale> languages = new ArrayList<>();
        for (Locale asked : chosen == null ? List.<Locale>of() : chosen) {
            Locale deployed = translations.deployed(asked.getLanguage()).orElseThrow(() ->
                    new OperatorRuleViolation("operator.error.language-not-deployed", asked.toLanguageTag()));
            if (!languages.contains(deployed)) {
                languages.add(deployed);
            }
        }
        if (languages.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.languages-required");
        }
        return List.copyOf(languages);
    }

    private static List<String> tags(List<Locale> languages) {
        return languages.stream().map(Locale::getLanguage).toList();
    }

    private void setRealm(District district, List<Locale> languages) {
        try {
            realms.apply(platform.client().realm(district.keycloakRealm()), languages);
        } catch (ProcessingException unavailable) {
            throw new OperatorRuleViolation("operator.error.keycloak-unavailable", String.valueOf(unavailable.getMessage()));
        } catch (WebApplicationException refused) {
            throw new OperatorRuleViolation("operator.error.realm-refused", district.keycloakRealm(),
                    refused.getResponse().getStatus());
        }
    }
}
