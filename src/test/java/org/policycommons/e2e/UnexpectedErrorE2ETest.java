package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.shell.FailureReference;
import org.policycommons.support.BrowserTest;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * A failure nobody planned for shows the person a translated page or notice with a reference code, never an
 * exception; the log holds the whole exception under the same code; what the person typed stays.
 */
class UnexpectedErrorE2ETest extends BrowserTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger failures = (Logger) LoggerFactory.getLogger(FailureReference.class);

    @BeforeEach
    void watchTheLog() {
        log.start();
        failures.addAppender(log);
    }

    @AfterEach
    void stopWatching() {
        failures.detachAppender(log);
    }

    @Test
    void aPageThatFailsSaysSoWithAReferenceCodeFoundInTheLog() {
        browser.open(portalUrl() + "/test-only/fails-to-open");
        browser.waitForText(By.id("unexpected-error-title"), "Something went wrong on our side");
        String reference = browser.find(By.id("error-reference")).getText();
        assertThat(reference).matches("PC-[A-Z2-9]{8}");
        assertThat(browser.pageText()).doesNotContain("Exception", "exception", "enum constant", "java.", "at org.");
        browser.assertAccessible("the unexpected error page");

        List<ILoggingEvent> lines = log.list.stream().filter(e -> e.getFormattedMessage().contains(reference)).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().getThrowableProxy().getMessage()).contains("No enum constant");
    }

    @Test
    void aDownloadThatFailsShowsThePortalsPageNotSpringBoots() {
        signInAt("/d/springfield", "family");
        browser.open(portalUrl() + "/d/springfield/test-only/download");
        browser.waitForText(By.id("error-title"), "Something went wrong on our side");
        String reference = browser.find(By.id("error-reference")).getText();
        assertThat(reference).matches("PC-[A-Z2-9]{8}");
        assertThat(browser.pageText()).doesNotContain("Whitelabel", "Exception", "SQL", "hibernate", "status=500");
        browser.assertAccessible("the error page of a failed download");
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(reference));
    }

    @Test
    void inSpanishToo() {
        try (var spanish = org.policycommons.support.Browser.start("es")) {
            spanish.open(portalUrl() + "/test-only/fails-to-open");
            spanish.waitForText(By.id("unexpected-error-title"), "Algo salió mal de nuestro lado");
        }
    }

    @Test
    void aSaveThatFailsKeepsWhatWasTypedAndSaysSo() {
        browser.open(portalUrl() + "/test-only/fails-to-save");
        browser.type(By.cssSelector("input#typed"), "What I wrote at midnight");
        browser.click(By.id("save"));
        browser.waitForText(By.id("unexpected-error-text"), "Something went wrong on our side");
        String notice = browser.find(By.id("unexpected-error-text")).getText();
        assertThat(notice).doesNotContain("SQLException", "java.").containsPattern("PC-[A-Z2-9]{8}");
        assertThat(browser.script("return document.querySelector('input#typed').value"))
                .isEqualTo("What I wrote at midnight");
        String reference = notice.replaceAll(".*(PC-[A-Z2-9]{8}).*", "$1");
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(reference));
    }
}
