package org.policycommons.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole portal: the real embedded MariaDB (migrated by Flyway), the real Keycloak with
 * the demo realm files in {@code keycloak/demo-realms} (profile demo), and the web server on a free port. Every subclass shares one running
 * portal (Spring caches the context), so Keycloak starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
// The demo districts, users and review cycles are what most tests read and change.
@ActiveProfiles("demo")
@Import({PortalIntegrationTest.TestClock.class, MadeDistricts.class})
public abstract class PortalIntegrationTest {

    /** The portal's clock, which a test may stand at any instant; it is put back after each test. */
    @Autowired
    protected MutableClock clock;

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SignedIn.out();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    private static final Path TEST_DATA = Path.of("target", "test-data").toAbsolutePath();
    /** The test deployment's added languages: a Vietnamese bundle and Keycloak texts. */
    public static final Path LANGUAGES = Path.of("src", "test", "languages").toAbsolutePath();
    private static final int PORTAL_PORT = freePort();
    /** Actuator's port: health and the Prometheus metrics, apart from the public port. */
    protected static final int MANAGEMENT_PORT = freePort();
    private static final int KEYCLOAK_PORT = freePort();
    private static final int KEYCLOAK_MANAGEMENT_PORT = freePort();
    /**
     * The test Keycloak's secrets: not the published demo values, so that a portal started without the demo profile
     * on the same Keycloak (SecondPortal) is accepted, as a real deployment would be.
     */
    public static final String CLIENT_SECRET = "test-portal-" + java.util.UUID.randomUUID();
    public static final String PLATFORM_SECRET = "test-platform-" + java.util.UUID.randomUUID();

    /** A real SMTP server, in-process, that receives every email the portal sends in tests. */
    protected static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        // Each run starts from an empty database; Keycloak forgets its realms through fresh-data.
        deleteRecursively(TEST_DATA.resolve("mariadb/data"));
        MAIL.start();
        Runtime.getRuntime().addShutdownHook(new Thread(MAIL::stop, "greenmail-stop"));
    }

    @DynamicPropertySource
    static void portalProperties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        registry.add("portal.public-url", PortalIntegrationTest::portalUrl);
        registry.add("portal.embedded.data-dir", TEST_DATA::toString);
        registry.add("portal.embedded.keycloak.http-port", () -> KEYCLOAK_PORT);
        registry.add("portal.embedded.keycloak.management-port", () -> KEYCLOAK_MANAGEMENT_PORT);
        registry.add("portal.embedded.keycloak.fresh-data", () -> "true");
        registry.add("portal.keycloak.client-secret", () -> CLIENT_SECRET);
        registry.add("portal.keycloak.platform-client-secret", () -> PLATFORM_SECRET);
        // The test deployment adds a third language by files alone (docs/decisions/022): Vietnamese.
        registry.add("portal.languages.dir", () -> LANGUAGES.toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        // Tests drive the phase scheduler themselves, with the clock where they want it.
        registry.add("portal.phases.schedule", () -> "false");
        registry.add("portal.notices.sweep", () -> "false");
        // Statement counts, for tests that check a page's queries do not grow with its content; quietly.
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> "true");
        registry.add("logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", () -> "WARN");
    }

    /** The first email that reached this address, waiting up to 30 s for it. */
    protected static jakarta.mail.internet.MimeMessage firstMailTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            for (jakarta.mail.internet.MimeMessage message : MAIL.getReceivedMessages()) {
                jakarta.mail.Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
                if (to != null && to[0].toString().contains(address)) {
                    return message;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No email reached " + address);
    }

    /** An email's text, every part decoded and put one after the other. */
    protected static String textOf(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(textOf(parts.getBodyPart(i).getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    public static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }

    public static String keycloakUrl() {
        return "http://127.0.0.1:" + KEYCLOAK_PORT;
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): a port the system handed out for listening could be
     * handed out again for an outgoing connection before Keycloak binds it, and Keycloak would then fail to start.
     * Nothing listens on it now.
     */
    public static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
