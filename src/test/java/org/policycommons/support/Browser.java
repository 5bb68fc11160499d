package org.policycommons.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages, driven as a person would: type, click, wait for the page. Every page a
 * test looks at can be scanned with axe-core for WCAG 2.1 AA violations.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        return start("en-US");
    }

    /** A browser whose user prefers this language, e.g. {@code es-US}. */
    public static Browser start(String language) {
        try {
            Path profile = Files.createTempDirectory("policy-commons-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=" + language,
                    "--user-data-dir=" + profile);
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2),
                    "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
            // The console, read for Content-Security-Policy violations (cspViolations()).
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(String url) {
        driver.get(url);
        waitForPage();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitForUrlContaining(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
        waitForPage();
    }

    public void click(By by) {
        // The app layout scrolls its own content area, where an element out of view counts as not displayed: bring
        // it to the middle of the area first, then wait until it can be clicked.
        // A page part drawn again between finding and clicking (a language switch, a list) goes stale: find it anew.
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement present = new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(by));
                script("arguments[0].scrollIntoView({block: 'center'});", present);
                WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.elementToBeClickable(by));
                element.click();
                break;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
        waitForPage();
    }

    public void type(By by, String text) {
        // Out of the app layout's scrolled area, Selenium counts a field as hidden: bring it into view first.
        WebElement present = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
        script("arguments[0].scrollIntoView({block: 'center'});", present);
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the document is loaded and, on a Vaadin page, until no server round trip is under way. */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script("""
                if (document.readyState !== 'complete') return false;
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow) return true;
                const clients = Object.values(flow.clients || {}).filter(c => typeof c.isActive === 'function');
                return clients.length > 0 && clients.every(c => !c.isActive());
                """)));
    }

    /** Fails with the list of WCAG 2.1 A/AA violations of serious or critical impact on the page as it is now. */
    public void assertAccessible(String page) {
        screenshot(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as("axe-core WCAG 2.1 AA violations on %s (%s):%n%s", page, driver.getCurrentUrl(), describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** Presses a key where the focus is, as a keyboard user would. */
    /** Picks an item of a Vaadin select by its label. */
    public void choose(String selectId, String label) {
        click(By.id(selectId));
        script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.getClientRects().length > 0);
                item.click();""", label);
        waitForPage();
    }

    /** Clicks the checkbox or radio button with this label inside a Vaadin checkbox or radio group. */
    public void pick(String groupId, String label) {
        script("""
                const box = [...document.querySelectorAll('#' + arguments[0] + ' vaadin-checkbox, #' + arguments[0]
                        + ' vaadin-radio-button')].find(c => c.textContent.trim() === arguments[1]);
                box.scrollIntoView({block: 'center'});
                box.click();""", groupId, label);
        waitForPage();
    }

    /** Sets a Vaadin date picker to an ISO date, as a person choosing it would. */
    public void setDate(String pickerId, String isoDate) {
        script("""
                const picker = document.getElementById(arguments[0]);
                picker.value = arguments[1];
                picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));""", pickerId, isoDate);
        waitForPage();
    }

    /** Chooses a file in a Vaadin upload, once the element is ready, as a person picking it from the dialog would. */
    public void upload(String uploadId, Path file) {
        waitUntilTrue("""
                const upload = document.getElementById(arguments[0]);
                return !!upload && !!upload.shadowRoot || !!(upload && upload.querySelector('input[type=file]'));""",
                uploadId);
        WebElement upload = find(By.id(uploadId));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = light.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        waitForPage();
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Keeps a picture of the page in target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name.replaceAll("[^A-Za-z0-9-]+", "-") + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until nothing matches, e.g. a form that is gone once the server has taken it. */
    public void waitUntilAbsent(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(by).isEmpty());
    }

    /** Waits until this script returns true, e.g. until a grid holds as many rows as a filter leaves. */
    public void waitUntilTrue(String script, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script, args)));
    }

    /** Waits until one of these is on the page, and says which (its index). */
    public int waitForEither(By... candidates) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            for (int i = 0; i < candidates.length; i++) {
                if (!d.findElements(candidates[i]).isEmpty()) {
                    return i;
                }
            }
            return null;
        });
    }

    /** Clicks a download link and waits until the browser has saved the whole file; returns what it saved. */
    public byte[] download(By link, String fileName) {
        Path file = profile.resolve("downloads").resolve(fileName);
        try {
            Files.deleteIfExists(file);
            click(link);
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.exists(file)
                    && !Files.exists(file.resolveSibling(fileName + ".crdownload")));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The console messages since the last call that report a Content-Security-Policy violation on a page of the
     * portal (Keycloak's own pages have Keycloak's policy).
     */
    public List<String> cspViolations(String portalUrl) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                        || message.contains("Permissions-Policy"))
                .filter(message -> message.startsWith(portalUrl) || !message.startsWith("http"))
                .toList();
    }

    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the OS cleans it eventually
        }
    }
}
