package org.policycommons.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Official translations of published versions: sections matched one to one, refusals that name the section, the
 * original unchanged, the redline in a language both versions have, and quotes from the text the reader reads.
 */
class DraftTranslationsTest extends PortalIntegrationTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate START = LocalDate.of(2036, 1, 11);
    private static final String V1 = """
            # Purpose
            School resource officers keep campuses safe.

            # Discipline
            SROs take no part in school discipline.

            # Data
            The district keeps arrest data.
            """;
    private static final String V1_ES = """
            # Propósito
            Los agentes de seguridad escolar mantienen seguros los planteles.

            # Disciplina
            Los agentes no intervienen en la disciplina escolar.

            # Datos
            El distrito guarda los datos de arrestos.
            """;
    private static final String V2 = """
            # Purpose
            School resource officers keep campuses safe.

            # Discipline
            SROs take no part in school discipline.

            # Data
            The district publishes arrest data every year.
            """;
    private static final String V2_ES = """
            # Propósito
            Los agentes de seguridad escolar mantienen seguros los planteles.

            # Disciplina
            Los agentes no intervienen en la disciplina escolar.

            # Datos
            El distrito publica cada año los datos de arrestos.
            """;

    @Autowired
    DraftService drafts;
    @Autowired
    DraftTranslations translations;
    @Autowired
    CycleService cycles;
    @Autowired
    CommentService comments;
    @Autowired
    AuditLog audit;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private long cycleId;
    private long draftId;

    @BeforeEach
    void aPublishedVersionOne() {
        springfield = districts.bySlug("springfield").orElseThrow();
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        draftId = drafts.createDraft(cycleId, "SRO policy", V1);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
    }

    @Test
    void aTranslationMatchesTheOriginalSectionBySectionAndLeavesTheOriginalAsItWas() {
        assertRefused(() -> translations.translate(draftId, 1, SPANISH, "", """
                # Propósito
                Los agentes mantienen seguros los planteles.

                # Disciplina
                Los agentes no intervienen.
                """), "draft.translation.error.missing-section", 3, "Data");
        assertRefused(() -> translations.translate(draftId, 1, SPANISH, "", V1_ES + "\n# Quejas\nCualquiera puede quejarse.\n"),
                "draft.translation.error.extra-section", 4, "Quejas");
        assertRefused(() -> translations.translate(draftId, 1, SPANISH, "", """
                # Propósito
                Los agentes mantienen seguros los planteles.

                # Disciplina

                # Datos
                El distrito guarda los datos.
                """), "draft.translation.error.empty-section", 2, "Disciplina");
        assertRefused(() -> translations.translate(draftId, 1, SPANISH, "", "  "), "draft.translation.error.empty");
        assertRefused(() -> translations.translate(draftId, 1, Locale.forLanguageTag("vi"), "", V1_ES),
                "draft.translation.error.language");
        assertRefused(() -> translations.translate(draftId, 1, Locale.ENGLISH, "", V1),
                "draft.translation.error.language");
        assertRefused(() -> translations.translate(draftId, 2, SPANISH, "", V1_ES), "draft.error.version-not-found");

        DraftVersion original = drafts.version(draftId, 1).orElseThrow();
        translations.translate(draftId, 1, SPANISH, "Política de agentes", V1_ES);
        DraftVersion spanish = translations.inLanguage(original, SPANISH).orElseThrow();
        assertThat(spanish.sections()).extracting(Section::id).as("the same sections, so comments stay on them")
                .containsExactlyElementsOf(original.sections().stream().map(Section::id).toList());
        assertThat(spanish.sections()).extracting(Section::heading).containsExactly("Propósito", "Disciplina", "Datos");
        assertThat(spanish.sections().get(2).body()).contains("El distrito guarda los datos de arrestos.");
        assertThat(translations.title(draftId, SPANISH)).contains("Política de agentes");
        assertThat(translations.inLanguage(original, Locale.ENGLISH)).isEmpty();
        assertThat(drafts.version(draftId, 1).orElseThrow()).as("the published original never changes")
                .isEqualTo(original);
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 1)).getContent()).extracting(AuditEntry::action)
                .containsExactly("draft.translated");

        translations.translate(draftId, 1, SPANISH, "", V1_ES.replace("guarda", "conserva"));
        assertThat(translations.inLanguage(original, SPANISH).orElseThrow().sections().get(2).body())
                .contains("conserva");
        assertThat(translations.title(draftId, SPANISH)).isEmpty();
        assertThat(audit.entries(cycleId, null, PageRequest.of(0, 1)).getContent()).extracting(AuditEntry::action)
                .containsExactly("draft.translation-replaced");

        asFamily();
        assertThatThrownBy(() -> translations.translate(draftId, 1, SPANISH, "", V1_ES))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRedlineWorksInALanguageBothVersionsAreTranslatedInto() {
        translations.translate(draftId, 1, SPANISH, "", V1_ES);
        standAt(START.plusDays(31)); // comment closed: revise
        drafts.startNextVersion(draftId, drafts.draft(draftId).orElseThrow().version());
        drafts.saveWorkingText(draftId, drafts.draft(draftId).orElseThrow().version(), V2);
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        assertThat(translations.redlineIn(draftId, 1, 2, SPANISH)).as("version 2 not yet translated").isFalse();
        assertThat(text(translations.redline(draftId, 1, 2, SPANISH))).as("the originals meanwhile")
                .contains("publishes");

        translations.translate(draftId, 2, SPANISH, "", V2_ES);
        assertThat(translations.redlineIn(draftId, 1, 2, SPANISH)).isTrue();
        Redline spanish = translations.redline(draftId, 1, 2, SPANISH);
        assertThat(spanish.count(Redline.Change.CHANGED)).isEqualTo(1);
        assertThat(text(spanish)).contains("publica cada año").contains("guarda").doesNotContain("publishes");
        assertThat(text(translations.redline(draftId, 1, 2, Locale.ENGLISH))).contains("publishes");
    }

    @Test
    void aQuoteComesFromTheSectionAsTheCommenterReadsIt() {
        translations.translate(draftId, 1, SPANISH, "", V1_ES);
        long discipline = drafts.version(draftId, 1).orElseThrow().sections().get(1).id();
        standAt(START.plusDays(15)); // public comment is open
        SignedIn.as(springfield, "familia-subject", "Lucía", PortalRole.FAMILY);

        long inSpanish = comments.post(discipline, Stance.SUPPORT, "Estoy de acuerdo.",
                "Los agentes no intervienen en la disciplina escolar.", SPANISH);
        long fromOriginal = comments.post(discipline, Stance.SUPPORT, "Bien dicho.",
                "SROs take no part in school discipline.", SPANISH);
        assertRefused(() -> comments.post(discipline, Stance.SUPPORT, "¿Qué?", "Los agentes deciden todo.", SPANISH),
                "comment.error.quote-not-in-section");
        assertRefused(() -> comments.post(discipline, Stance.SUPPORT, "What?",
                "Los agentes no intervienen en la disciplina escolar.", Locale.ENGLISH),
                "comment.error.quote-not-in-section");

        java.util.Map<Long, Comment> posted = new java.util.HashMap<>();
        comments.comments(discipline, PageRequest.of(0, 10)).forEach(c -> posted.put(c.id(), c));
        assertThat(posted.get(inSpanish).quoteLanguage()).isEqualTo("es");
        assertThat(posted.get(fromOriginal).quoteLanguage()).as("the binding original, marked as English")
                .isEqualTo("en");
        assertThat(posted.get(inSpanish).sectionId()).as("on the section, whatever language it was read in")
                .isEqualTo(discipline);
    }

    private static String text(Redline redline) {
        StringBuilder all = new StringBuilder();
        redline.sections().forEach(s -> s.text().forEach(segment -> all.append(segment.text())));
        return all.toString();
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void asFamily() {
        SignedIn.as(springfield, "family-subject", "Maria", PortalRole.FAMILY);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey, Object... arguments) {
        assertThatThrownBy(action).isInstanceOf(RuleViolation.class).satisfies(e -> {
            RuleViolation refused = (RuleViolation) e;
            assertThat(refused.messageKey()).isEqualTo(messageKey);
            for (int i = 0; i < arguments.length; i++) {
                assertThat(refused.arguments()[i]).isEqualTo(arguments[i]);
            }
        });
    }
}
