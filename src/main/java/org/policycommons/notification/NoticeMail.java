package org.policycommons.notification;

import java.util.Locale;

import org.policycommons.cycle.PhaseOpened;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.participant.Participant;
import org.policycommons.shell.Languages;
import org.policycommons.shell.PortalTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Notification emails through Spring Mail to the configured SMTP server ({@code spring.mail.*}). Without one, the
 * portal sends none and says so once; a failed send is logged and never undoes the in-app notice.
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PortalTranslations translations;
    private final DistrictDirectory districts;
    private final String from;
    private final String publicUrl;
    private boolean warnedNoServer;

    NoticeMail(ObjectProvider<JavaMailSender> sender, PortalTranslations translations, DistrictDirectory districts,
               @Value("${portal.mail.from}") String from, @Value("${portal.public-url}") String publicUrl) {
        this.sender = sender;
        this.translations = translations;
        this.districts = districts;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void phaseOpened(String address, Participant recipient, PhaseOpened event) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            if (!warnedNoServer) {
                log.warn("No SMTP server configured (spring.mail.host): notification emails are not sent");
                warnedNoServer = true;
            }
            return;
        }
        Locale locale = Languages.supportedOrDefault(recipient.preferredLocale().orElse(Languages.ENGLISH));
        String slug = districts.byId(event.districtId()).map(d -> d.slug()).orElse("");
        String phase = translations.getTranslation(event.kind().translationKey(), locale);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(translations.getTranslation("notice.email.subject", locale, phase, event.cycleTitle()));
        message.setText(translations.getTranslation("notice.email.body", locale, phase, event.cycleTitle(),
                publicUrl + "/d/" + slug + "/review", publicUrl + "/d/" + slug + "/notices"));
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.warn("Could not send a notification email for {} {}: {}", event.cycleTitle(), event.kind(), e.getMessage());
        }
    }
}
