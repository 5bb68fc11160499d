package org.policycommons.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak server run by the portal itself, from the official distribution, with the realm files of
 * {@code portal.embedded.keycloak.realms-dir} imported ({@code keycloak/realms}, or the demo realms under
 * the demo profile). It listens on 127.0.0.1 only and stops when the portal stops.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);

    private final EmbeddedProperties.Keycloak settings;
    private final Path logFile;
    private final Process process;
    private final long startedAt = System.nanoTime();
    private final List<String> realmFiles;
    private final Thread shutdownHook = new Thread(this::stopProcess, "embedded-keycloak-stop");

    private EmbeddedKeycloak(EmbeddedProperties.Keycloak settings, Path logFile, Process process,
                             List<String> realmFiles) {
        this.settings = settings;
        this.logFile = logFile;
        this.process = process;
        this.realmFiles = realmFiles;
    }

    /** Starts the server and returns at once; {@link #awaitReady()} waits for it. */
    public static EmbeddedKeycloak launch(EmbeddedProperties.Keycloak settings, Path dataDir,
                                          Map<String, String> realmVariables) {
        try {
            requireFree(settings.httpPort(), "http-port");
            requireFree(settings.managementPort(), "management-port");
            Path home = new KeycloakDistribution(settings.version(), KeycloakDistribution.defaultLocalRepository()).installInto(dataDir);
            if (settings.freshData()) {
                KeycloakDistribution.deleteRecursively(home.resolve("data/h2"));
            }
            List<String> realmFiles = stageRealms(settings.realmsDir(), home.resolve("data/import"));
            Path logFile = dataDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + settings.httpPort(),
                    "--http-management-port=" + settings.managementPort(),
                    "--health-enabled=true",
                    "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
            env.putAll(realmVariables);
            log.info("Starting embedded Keycloak {} on http://127.0.0.1:{} (log: {})",
                    settings.version(), settings.httpPort(), logFile);
            Process process = builder.start();
            EmbeddedKeycloak keycloak = new EmbeddedKeycloak(settings, logFile, process, realmFiles);
            // Also stop Keycloak when the JVM exits without closing the portal's context.
            Runtime.getRuntime().addShutdownHook(keycloak.shutdownHook);
            return keycloak;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded Keycloak. "
                    + "Configure a Keycloak server with PORTAL_KEYCLOAK_URL instead (see README).", e);
        }
    }

    /** Blocks until Keycloak's health endpoint says it is ready. */
    public void awaitReady() {
        URI health = URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/ready");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.startTimeoutSeconds());
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Embedded Keycloak exited with code " + process.exitValue()
                        + " during start-up. Its log: " + logFile + "\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    log.info("Embedded Keycloak ready in {} s", (System.nanoTime() - startedAt) / 1_000_000_000);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        stopProcess();
        throw new IllegalStateException("Embedded Keycloak was not ready within " + settings.startTimeoutSeconds()
                + " s. Its log: " + logFile + "\n" + tail());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    public List<String> realmFiles() {
        return realmFiles;
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyExiting) {
            // the hook is running or about to; nothing to remove
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        // SIGTERM lets Keycloak close its database cleanly; it takes about 3 s.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> stageRealms(Path realmsDir, Path importDir) throws IOException {
        if (!Files.isDirectory(realmsDir)) {
            throw new IOException("No realm folder at " + realmsDir.toAbsolutePath()
                    + "; run the portal from the repository folder or set PORTAL_EMBEDDED_KEYCLOAK_REALMS_DIR");
        }
        KeycloakDistribution.deleteRecursively(importDir);
        Files.createDirectories(importDir);
        try (Stream<Path> files = Files.list(realmsDir)) {
            List<Path> realms = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            for (Path realm : realms) {
                Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            return realms.stream().map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void requireFree(int port, String name) throws IOException {
        try (ServerSocket ignored = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            // free
        } catch (IOException e) {
            throw new IOException("Port " + port + " for the embedded Keycloak is in use (is another portal running?). "
                    + "Choose another with PORTAL_EMBEDDED_KEYCLOAK_" + name.toUpperCase().replace('-', '_') + ".", e);
        }
    }

    private String tail() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
