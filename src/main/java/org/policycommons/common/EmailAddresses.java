package org.policycommons.common;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Email addresses as people type them: trimmed, lower-cased, and only accepted when they can receive mail. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The address in the form it is stored and compared in, or empty if it is not one (e.g. no domain dot). */
    public static Optional<String> normalised(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at < 1 || !email.substring(at).contains(".") || email.length() > 254) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            return address.getAddress().equals(email) ? Optional.of(email) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
