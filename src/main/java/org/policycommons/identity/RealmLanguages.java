package org.policycommons.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.policycommons.common.Translations;
import org.springframework.stereotype.Component;

/**
 * A district realm's languages follow the district's: Keycloak's sign-in and registration pages offer the same
 * languages, the district's first is their default, and each language gets the portal's texts for the realm (the
 * labels of the portal's registration fields, and a deployment's {@code keycloak_<language>.properties} for a
 * language Keycloak's own pages lack).
 */
@Component
public class RealmLanguages {

    private final Translations translations;

    RealmLanguages(Translations translations) {
        this.translations = translations;
    }

    /** Sets the realm's languages and writes their texts. */
    public void apply(RealmResource realm, List<Locale> languages) {
        RealmRepresentation settings = realm.toRepresentation();
        settings.setInternationalizationEnabled(true);
        settings.setSupportedLocales(new LinkedHashSet<>(languages.stream().map(Locale::getLanguage).toList()));
        settings.setDefaultLocale(languages.getFirst().getLanguage());
        realm.update(settings);
        writeTexts(realm, languages);
    }

    /** Writes the portal's texts for the realm in each of these languages. */
    public void writeTexts(RealmResource realm, List<Locale> languages) {
        for (Locale language : languages) {
            Map<String, String> texts = translations.keycloakTexts(language);
            if (!texts.isEmpty()) {
                realm.localization().createOrUpdateRealmLocalizationTexts(language.getLanguage(), texts);
            }
        }
    }
}
