package org.policycommons.notification;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.participant.Participant;
import org.policycommons.common.Translations;
import org.policycommons.text.TranslatedTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Notification emails through Spring Mail to the configured SMTP server ({@code spring.mail.*}). Without one, the
 * portal queues none and says so once. A failed send is retried by {@link NoticeDelivery} and never undoes the in-app
 * notice. Every email carries a one-click unsubscribe, signed for its recipient ({@link Unsubscribes}).
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Translations translations;
    private final DistrictDirectory districts;
    private final String from;
    private final String publicUrl;
    private volatile boolean warnedNoServer;

    private final TranslatedTexts texts;
    private final CycleService cycles;
    private final NoticeWords words;
    private final Unsubscribes unsubscribes;

    NoticeMail(ObjectProvider<JavaMailSender> sender, Translations translations, DistrictDirectory districts,
               TranslatedTexts texts, CycleService cycles, NoticeWords words, Unsubscribes unsubscribes,
               @Value("${portal.mail.from}") String from, @Value("${portal.public-url}") String publicUrl) {
        this.words = words;
        this.unsubscribes = unsubscribes;
        this.texts = texts;
        this.cycles = cycles;
        this.sender = sender;
        this.translations = translations;
        this.districts = districts;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Whether an SMTP server is configured; without one, no email is queued at all. */
    boolean enabled() {
        if (sender.getIfAvailable() != null) {
            return true;
        }
        if (!warnedNoServer) {
            log.warn("No SMTP server configured (spring.mail.host): notification emails are not sent");
            warnedNoServer = true;
        }
        return false;
    }

    /** Sends the email of a phase-opened notice in the recipient's language; a failure is thrown, to be retried. */
    void phaseOpened(String address, Participant recipient, PhaseKind kind, Long cycleId, String titleWhenWritten) {
        Locale locale = localeOf(recipient);
        String cycleTitle = cycleTitle(cycleId, titleWhenWritten, locale);
        String phase = translations.text(kind.translationKey(), locale);
        send(address, recipient, locale, translations.text("notice.email.subject", locale, phase, cycleTitle),
                translations.text("notice.email.body", locale, phase, cycleTitle,
                        districtUrl() + "/review", districtUrl() + "/notices"));
    }

    /** Tells an author that the district answered their comment, with how, in their language. */
    void responseGiven(String address, Participant recipient, String dispositionKey, Long cycleId,
                       String titleWhenWritten) {
        Locale locale = localeOf(recipient);
        String cycleTitle = cycleTitle(cycleId, titleWhenWritten, locale);
        String disposition = translations.text(dispositionKey, locale);
        send(address, recipient, locale, translations.text("notice.response.subject", locale, cycleTitle),
                translations.text("notice.response.body", locale, disposition, cycleTitle,
                        districtUrl() + "/responses", districtUrl() + "/notices"));
    }

    /** Tells an author that a new version changed or removed a section they commented on, with the redline. */
    void sectionsChanged(String address, Participant recipient, String versionNumber, String districtPath,
                         Long cycleId, String titleWhenWritten) {
        Locale locale = localeOf(recipient);
        String cycleTitle = cycleTitle(cycleId, titleWhenWritten, locale);
        send(address, recipient, locale, translations.text("notice.sections-changed.subject", locale, versionNumber,
                        cycleTitle),
                translations.text("notice.sections-changed.body", locale, versionNumber, cycleTitle,
                        districtUrl() + districtPath, districtUrl() + "/notices"));
    }

    /** Tells a district admin that another admin asks to reveal a student and waits for a second admin's decision. */
    void revealRequested(String address, Participant recipient, Long cycleId, String titleWhenWritten) {
        Locale locale = localeOf(recipient);
        String cycleTitle = cycleTitle(cycleId, titleWhenWritten, locale);
        send(address, recipient, locale, translations.text("notice.reveal-requested.subject", locale, cycleTitle),
                translations.text("notice.reveal-requested.body", locale, cycleTitle,
                        districtUrl() + "/moderation", districtUrl() + "/notices"));
    }

    /**
     * Any other notice (a reply, a response to a co-signed comment, new comments on what one follows, a window
     * closing): its own words as the subject, and where it leads.
     */
    void notice(String address, Participant recipient, Notice notice) {
        Locale locale = localeOf(recipient);
        String text = words.text(notice, cycleTitle(notice.cycleId(), notice.cycleTitle(), locale), locale);
        String link = notice.link() == null ? districtUrl() + "/notices" : districtUrl() + notice.link();
        send(address, recipient, locale, text, translations.text("notice.email.generic.body", locale, text,
                words.linkText(notice, locale), link, districtUrl() + "/notices"));
    }

    /** One email for a person's notices of a day or a week, each with where it leads, in their language. */
    void digest(String address, Participant recipient, List<Notice> gathered) {
        Locale locale = localeOf(recipient);
        StringBuilder list = new StringBuilder();
        for (Notice notice : gathered) {
            list.append("- ").append(words.text(notice, cycleTitle(notice.cycleId(), notice.cycleTitle(), locale),
                    locale));
            if (notice.link() != null) {
                list.append("\n  ").append(districtUrl()).append(notice.link());
            }
            list.append("\n");
        }
        send(address, recipient, locale, translations.text("notice.digest.subject", locale, gathered.size()),
                translations.text("notice.digest.body", locale, list.toString(), districtUrl() + "/notices"));
    }

    /**
     * Sends one email with its one-click unsubscribe (RFC 8058): the {@code List-Unsubscribe} and
     * {@code List-Unsubscribe-Post} headers and the same link at the end of the text, signed for this person.
     */
    private void send(String address, Participant recipient, Locale locale, String subject, String body) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MailSendException("No SMTP server configured");
        }
        String unsubscribe = unsubscribeUrl(recipient);
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(body + "\n\n" + translations.text("notice.email.unsubscribe", locale, unsubscribe));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not write the email", e);
        }
        mailSender.send(message);
    }

    /** The person's signed link that turns their emails off without signing in. */
    private String unsubscribeUrl(Participant recipient) {
        return publicUrl + "/public/" + slug() + "/unsubscribe?t=" + unsubscribes.token(recipient.id());
    }

    /**
     * The review's title in the recipient's language, as the district gave it (else in its first language); the
     * title the notice was written with if the review is gone.
     */
    private String cycleTitle(Long cycleId, String titleWhenWritten, Locale locale) {
        return cycleId == null ? titleWhenWritten
                : cycles.cycle(cycleId).map(c -> c.titleFor(locale)).orElse(titleWhenWritten);
    }

    /** The recipient's language if their district offers it, else the district's first language. */
    private Locale localeOf(Participant recipient) {
        List<Locale> offered = texts.offered();
        return translations.forReader(offered, recipient.preferredLocale().orElse(null));
    }

    private String districtUrl() {
        return publicUrl + "/d/" + slug();
    }

    private String slug() {
        return districts.byId(CurrentDistrict.require()).map(d -> d.slug()).orElseThrow();
    }
}
