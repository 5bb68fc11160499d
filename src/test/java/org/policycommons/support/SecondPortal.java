package org.policycommons.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.policycommons.PolicyCommonsApplication;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The portal launched as a process of its own, on the test portal's database and Keycloak, with only the settings a
 * user would give (no mail server, no test configuration; the demo data is already there): to check it starts, and
 * to time its start. Stopped by
 * {@link #close()}, by its own process handle.
 */
public final class SecondPortal implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final double startMillis;
    private final int port;

    private SecondPortal(Process process, Path log, double startMillis, int port) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** Launches it and waits until {@code /readyz} answers UP; fails if it stops or takes 5 minutes. */
    public static SecondPortal start(DataSource dataSource) throws Exception {
        return start(dataSource, PortalIntegrationTest.keycloakUrl());
    }

    /** The same, reaching Keycloak at this address (e.g. through a {@link CuttableProxy}). */
    public static SecondPortal start(DataSource dataSource, String keycloakUrl) throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        int port = PortalIntegrationTest.freePort();
        Path log = Files.createTempFile("second-portal", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", mainClasspath(), PolicyCommonsApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=" + PortalIntegrationTest.freePort(), "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                // The test MariaDB takes any password; a production start refuses an empty one.
                "--spring.datasource.password=second-portal-database-password",
                "--portal.keycloak.url=" + keycloakUrl,
                "--portal.keycloak.client-secret=" + PortalIntegrationTest.CLIENT_SECRET,
                "--portal.keycloak.platform-client-secret=" + PortalIntegrationTest.PLATFORM_SECRET,
                "--portal.public-url=http://localhost:" + port,
                "--portal.phases.schedule=false", "--portal.notices.sweep=false",
                // No demo profile: a production start, on the test portal's database, which gets no demo data.
                "--portal.embedded.data-dir=" + Files.createTempDirectory("second-portal"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The second portal stopped:\n" + tail(log));
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                        return new SecondPortal(process, log, (System.nanoTime() - start) / 1e6, port);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("The second portal did not answer within 5 minutes:\n" + tail(log));
        } catch (Exception failed) {
            stop(process);
            throw failed;
        }
    }

    /** Where browsers reach it. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** From launch until it answered. */
    public double startMillis() {
        return startMillis;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * The portal's own classes and its dependencies, without the test classes (whose test configurations would
     * otherwise be picked up): read from surefire's manifest-only jar when it uses one.
     */
    private static String mainClasspath() throws IOException {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
            try (java.util.jar.JarFile booter = new java.util.jar.JarFile(entries.getFirst())) {
                String manifestPath = booter.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestPath != null) {
                    entries = java.util.Arrays.stream(manifestPath.trim().split("\\s+"))
                            .map(url -> Path.of(URI.create(url)).toString()).toList();
                }
            }
        }
        return entries.stream().filter(entry -> !entry.contains("test-classes")).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
