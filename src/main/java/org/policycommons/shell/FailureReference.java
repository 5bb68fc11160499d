package org.policycommons.shell;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short code that ties what a person sees after an unexpected failure to the log line that holds the whole
 * exception: the person reads the code to the district, staff find the line. The person never sees the exception.
 */
public final class FailureReference {

    private static final Logger log = LoggerFactory.getLogger(FailureReference.class);
    // No 0/O or 1/I/L: read aloud over the phone.
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FailureReference() {
    }

    /** Logs the failure with a new reference code, and returns the code. */
    public static String log(String where, Throwable failure) {
        StringBuilder code = new StringBuilder("PC-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        log.error("Unexpected failure {} at {}", code, where, failure);
        return code.toString();
    }
}
