package org.policycommons.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution as published on Maven Central. The build resolves it into the local Maven
 * repository, so a machine downloads it once; this unpacks it from there.
 */
final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);
    private static final String GROUP_PATH = "org/keycloak/keycloak-quarkus-dist";

    private final String version;
    private final Path localRepository;

    KeycloakDistribution(String version, Path localRepository) {
        this.version = version;
        this.localRepository = localRepository;
    }

    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Unpacks the distribution into {@code home} unless it is already there; returns the Keycloak home. */
    Path installInto(Path parent) throws IOException {
        Path home = parent.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = cachedZip();
        Path staging = Files.createDirectories(parent).resolve(".unpacking-" + version);
        deleteRecursively(staging);
        log.info("Unpacking Keycloak {} into {}", version, home);
        unzip(zip, staging);
        Path unpacked;
        try (Stream<Path> roots = Files.list(staging)) {
            unpacked = roots.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("Empty Keycloak archive: " + zip));
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteRecursively(home); // left half-made by an earlier, interrupted start
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
        return home;
    }

    private Path cachedZip() throws IOException {
        String fileName = "keycloak-quarkus-dist-" + version + ".zip";
        Path cached = localRepository.resolve(GROUP_PATH).resolve(version).resolve(fileName);
        if (!Files.isRegularFile(cached)) {
            // The build fetches it (see pom.xml), through Maven, so the user's mirrors, proxies and checksums apply.
            throw new IOException("The Keycloak " + version + " distribution is not in the local Maven repository ("
                    + cached + "). Build with ./portal run, or fetch it with: ./mvnw dependency:get"
                    + " -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip");
        }
        return cached;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
