package org.policycommons.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.stereotype.Component;

/**
 * The portal's mail server, in the form of a Keycloak realm's email settings: Keycloak sends invitations itself,
 * and should send them through the same server and sender as the portal's own notices.
 */
@Component
public class RealmMail {

    private final ObjectProvider<MailProperties> mailSettings;
    private final String mailFrom;

    /** Spring Boot makes {@link MailProperties} only when {@code spring.mail.host} is set. */
    RealmMail(ObjectProvider<MailProperties> mailSettings, @Value("${portal.mail.from}") String mailFrom) {
        this.mailSettings = mailSettings;
        this.mailFrom = mailFrom;
    }

    /** The realm's {@code smtpServer} settings, or empty when the portal has no mail server. */
    public Optional<Map<String, String>> smtpServer() {
        MailProperties mail = mailSettings.getIfAvailable();
        if (mail == null || mail.getHost() == null || mail.getHost().isBlank()) {
            return Optional.empty();
        }
        Map<String, String> smtp = new HashMap<>();
        smtp.put("host", mail.getHost());
        smtp.put("port", String.valueOf(mail.getPort() == null ? 25 : mail.getPort()));
        try {
            InternetAddress from = new InternetAddress(mailFrom);
            smtp.put("from", from.getAddress());
            if (from.getPersonal() != null) {
                smtp.put("fromDisplayName", from.getPersonal());
            }
        } catch (AddressException e) {
            smtp.put("from", mailFrom);
        }
        if (mail.getUsername() != null && !mail.getUsername().isBlank()) {
            smtp.put("auth", "true");
            smtp.put("user", mail.getUsername());
            if (mail.getPassword() != null) {
                smtp.put("password", mail.getPassword());
            }
        }
        Map<String, String> javaMail = mail.getProperties();
        smtp.put("starttls", String.valueOf(Boolean.parseBoolean(javaMail.get("mail.smtp.starttls.enable"))));
        smtp.put("ssl", String.valueOf(Boolean.parseBoolean(javaMail.get("mail.smtp.ssl.enable"))));
        return Optional.of(smtp);
    }
}
