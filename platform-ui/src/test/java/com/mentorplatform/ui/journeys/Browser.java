package com.mentorplatform.ui.journeys;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.mentorplatform.ui.testing.RunningConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless system Chromium driven by the system chromedriver (nothing is ever downloaded). */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the caller's tests when Chromium is missing, except on CI (env CI=true), where that fails. */
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI needs Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium or chromedriver is not installed; skipping browser tests");
    }

    /**
     * A fresh browser for the packaged console: skips the caller's tests without Chromium (fails on CI), and
     * starts the API and the console on first use.
     */
    static Browser atConsole() {
        requireChromium();
        RunningConsole.consoleUrl();
        return start();
    }

    private static Browser start() {
        try {
            Path profile = Files.createTempDirectory("console-journey-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(service, new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a Chromium profile folder", e);
        }
    }

    /** Opens a page of the console, e.g. {@code "/people"}. */
    void open(String path) {
        driver.get(RunningConsole.consoleUrl() + path);
    }

    /** Signs in on the login page with the demo password; where it leads depends on the user's roles. */
    void signIn(String tenant, String email) {
        signIn(tenant, email, RunningPlatform.DEMO_PASSWORD);
    }

    void signIn(String tenant, String email, String password) {
        open("/login");
        type("login-tenant", tenant);
        type("login-email", email);
        type("login-password", password);
        click("login-submit");
    }

    /** Types into the input (or text area) of the Vaadin field with this id. */
    void type(String fieldId, String text) {
        WebElement input = await(driver -> driver.findElement(
                By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
    }

    /** Types into the text area of the Vaadin field with this id. */
    void typeArea(String fieldId, String text) {
        WebElement area = await(driver -> driver.findElement(By.cssSelector("#" + fieldId + " textarea")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", area);
        area.clear();
        area.sendKeys(text);
    }

    /** The text the page shows now, all of it. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Hands {@code file} to the Vaadin upload with this id, as choosing it in the file dialog would. */
    void upload(String uploadId, Path file) {
        WebElement upload = await(driver -> driver.findElement(By.id(uploadId)));
        WebElement input = await(driver -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void click(String id) {
        clickInView(await(driver -> driver.findElement(By.id(id))));
    }

    /** Clicks after scrolling the element to the middle of its scroller, clear of the fixed header and dialog edges. */
    private void clickInView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks the first visible element matching the CSS selector (e.g. the first row of a list). */
    void clickFirst(String cssSelector) {
        clickInView(await(driver -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));
    }

    /**
     * Clicks the button reading {@code buttonText} inside the element of CSS class {@code cardClass} that shows
     * {@code cardText}, e.g. the "Start" button of one milestone's card among many.
     */
    void clickButtonIn(String cardClass, String cardText, String buttonText) {
        WebElement button = awaitButtonIn(cardClass, cardText, buttonText);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** Waits until the card holding {@code cardText} shows a button reading {@code buttonText}, and answers it. */
    WebElement awaitButtonIn(String cardClass, String cardText, String buttonText) {
        String xpath = "//*[contains(concat(' ', @class, ' '), ' " + cardClass + " ')][.//*[normalize-space(text())="
                + quoted(cardText) + "]]//vaadin-button[normalize-space(.)=" + quoted(buttonText) + "]";
        return await(driver -> driver.findElements(By.xpath(xpath)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Clicks the first visible element whose own text is exactly {@code text} (a radio button's label, say). */
    void clickText(String text) {
        clickInView(await(driver -> driver.findElements(By.xpath("//*[normalize-space(text())=" + quoted(text) + "]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null)));
    }

    /** Waits until no element with this id is displayed any more (a dialog that closed, say). */
    void awaitGone(String id) {
        await(driver -> driver.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
    }

    /** How many elements match the CSS selector (displayed or not). */
    int count(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).size();
    }

    /** The visible text of the element with this id. */
    String textOf(String id) {
        return await(driver -> driver.findElement(By.id(id))).getText();
    }

    /** The visible text of the first displayed element matching the CSS selector. */
    String textOfFirst(String cssSelector) {
        return await(driver -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).getText();
    }

    /** The attribute of the first displayed element matching the CSS selector, e.g. an id kept in data-*. */
    String attributeOfFirst(String cssSelector, String attribute) {
        return await(driver -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).getAttribute(attribute);
    }

    /**
     * The attribute of the first displayed element matching the CSS selector whose text does not contain
     * {@code text}: the first card that is not one person's, say.
     */
    String attributeOfFirstWithout(String cssSelector, String text, String attribute) {
        return await(driver -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).filter(element -> !element.getText().contains(text))
                .findFirst().orElse(null)).getAttribute(attribute);
    }

    /** Clicks the side menu's entry leading to {@code path} (e.g. "calendar"). */
    void clickMenuItem(String path) {
        await(driver -> driver.findElement(By.cssSelector("vaadin-side-nav-item[path='" + path + "']"))).click();
    }

    /** Scrolls the element with this id into the middle of the window, e.g. before a screenshot of it. */
    void scrollTo(String id) {
        WebElement element = await(driver -> driver.findElement(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Waits for a displayed element matching the CSS selector, e.g. the canvas a chart library drew. */
    void awaitCss(String selector) {
        await(driver -> driver.findElement(By.cssSelector(selector)).isDisplayed() ? Boolean.TRUE : null);
    }

    /**
     * Picks the {@code index}th item of the combo box with this id with the keyboard, as a user could: the
     * keyboard opens the list reliably where a click can land while the page is still scrolling.
     */
    void pickItem(String comboId, int index) {
        WebElement input = await(driver -> driver.findElement(By.cssSelector("#" + comboId + " input")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        input.sendKeys(Keys.ARROW_DOWN);
        await(driver -> driver.findElements(By.tagName("vaadin-combo-box-item")).size() > index ? Boolean.TRUE : null);
        for (int i = 0; i < index; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        input.sendKeys(Keys.ENTER);
    }

    void awaitElement(String id) {
        await(driver -> driver.findElement(By.id(id)).isDisplayed() ? Boolean.TRUE : null);
    }

    void awaitPath(String path) {
        await(driver -> driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "").startsWith(path) ? Boolean.TRUE : null);
    }

    /** The texts of the grid's cells (header and body), as Vaadin renders them in the light DOM. */
    List<String> gridCells() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /**
     * Clicks the first grid cell whose text ends with {@code suffix} and returns that text. The text is the cell's
     * content, read even where the grid has scrolled the row out of sight; the cell is then scrolled to the middle
     * of the window, as a row out of sight or at the window's lower edge cannot take a click.
     */
    String clickGridCellEndingWith(String suffix) {
        WebElement cell = await(driver -> driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(content -> content.getAttribute("textContent").strip().endsWith(suffix))
                .findFirst().orElse(null));
        String text = cell.getAttribute("textContent").strip();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        return text;
    }

    /** Clicks the button reading {@code buttonText} in the row of the grid that has a cell reading {@code rowText}. */
    void clickInGridRow(String gridId, String rowText, String buttonText) {
        await(driver -> rowCells(gridId, rowText).stream()
                .flatMap(cell -> cell.findElements(By.tagName("vaadin-button")).stream())
                .filter(button -> button.getText().strip().equals(buttonText))
                .findFirst().orElse(null)).click();
    }

    /** Waits until the row of the grid that has a cell reading {@code rowText} has a cell reading {@code cellText}. */
    void awaitGridRowCell(String gridId, String rowText, String cellText) {
        await(driver -> rowCells(gridId, rowText).stream().map(cell -> cell.getText().strip())
                .anyMatch(cellText::equals) ? Boolean.TRUE : null);
    }

    /** The texts of the non-empty cells of each row the grid has rendered, top to bottom. */
    List<List<String>> gridRows(String gridId) {
        Object rows = await(ignored -> driver.executeScript("""
                const grid = document.getElementById(arguments[0]);
                const rows = grid ? [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(row => !row.hidden).sort((a, b) => a.index - b.index)
                    .map(row => [...row.querySelectorAll('slot')]
                        .map(slot => grid.querySelector('vaadin-grid-cell-content[slot="' + slot.name + '"]'))
                        .map(content => content ? content.textContent.trim() : '').filter(text => text))
                    .filter(texts => texts.length) : [];
                return rows.length ? rows : null;
                """, gridId));
        return ((List<?>) rows).stream().map(row -> ((List<?>) row).stream().map(String::valueOf).toList()).toList();
    }

    /**
     * The cell contents of one grid row: Vaadin slots each row's contents into its shadow DOM, so the row is
     * found from the slot of the cell reading {@code rowText}.
     */
    private List<WebElement> rowCells(String gridId, String rowText) {
        Object cells = driver.executeScript("""
                const grid = document.getElementById(arguments[0]);
                const named = grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(content => content.textContent.trim() === arguments[1]);
                const slot = named && grid.shadowRoot.querySelector('slot[name="' + named.slot + '"]');
                if (!slot) return [];
                return [...slot.closest('tr').querySelectorAll('slot')]
                    .map(cell => grid.querySelector('vaadin-grid-cell-content[slot="' + cell.name + '"]'))
                    .filter(content => content);
                """, gridId, rowText);
        return ((List<?>) cells).stream().map(WebElement.class::cast).toList();
    }

    /** The value of the input of the Vaadin field with this id. */
    String valueOf(String fieldId) {
        return await(driver -> driver.findElement(By.cssSelector("#" + fieldId + " input"))).getAttribute("value");
    }

    /** Waits until the input of the Vaadin field with this id holds {@code value}. */
    void awaitValue(String fieldId, String value) {
        await(driver -> value.equals(driver.findElement(By.cssSelector("#" + fieldId + " input")).getAttribute("value"))
                ? Boolean.TRUE : null);
    }

    void awaitGridCell(String text) {
        await(driver -> gridCells().contains(text) ? Boolean.TRUE : null);
    }

    void awaitGridCellContaining(String text) {
        await(driver -> gridCells().stream().anyMatch(cell -> cell.contains(text)) ? Boolean.TRUE : null);
    }

    /** Whether an element with this id is displayed now (no waiting). */
    boolean isDisplayed(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    void awaitText(String text) {
        await(driver -> driver.findElements(By.xpath("//*[normalize-space(text())=" + quoted(text) + "]")).stream()
                .anyMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
    }

    /** Waits for a visible element whose own text starts with {@code prefix}. */
    void awaitTextStartingWith(String prefix) {
        await(driver -> driver.findElements(By.xpath("//*[starts-with(normalize-space(text())," + quoted(prefix) + ")]"))
                .stream().anyMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
    }

    /**
     * Shows the console as a phone does: a viewport of {@code width} × {@code height} CSS pixels with the mobile
     * layout rules and touch input, for the rest of this browser's life.
     */
    void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    /** Waits until the element matching the CSS selector lies wholly inside the window (a drawer done sliding in). */
    void awaitWhollyInView(String cssSelector) {
        await(ignored -> Boolean.TRUE.equals(driver.executeScript("""
                const el = document.querySelector(arguments[0]);
                if (!el) return false;
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
                """, cssSelector)) ? Boolean.TRUE : null);
    }

    /** The width of the viewport in CSS pixels. */
    long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /** How wide the page's content is: wider than {@link #viewportWidth()} means the page scrolls sideways. */
    long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    /**
     * The displayed elements of the screen (and of an open dialog) that stick out of the viewport on the left or
     * right, as "tag#id.class"; those inside a box that scrolls or clips sideways (a grid, the tabs' strip) and the
     * closed side menu do not count, as they make the page itself no wider.
     */
    List<String> elementsWiderThanTheScreen() {
        Object found = driver.executeScript("""
                const width = window.innerWidth;
                const clipped = el => {
                    for (let p = el.parentElement; p; p = p.parentElement) {
                        if (p.localName === 'vaadin-app-layout' || p.localName === 'vaadin-dialog-overlay') return false;
                        // Tabs scroll inside their own strip, which has arrows for the ones out of sight.
                        if (p.localName === 'vaadin-tabs' || getComputedStyle(p).overflowX !== 'visible') return true;
                    }
                    return false;
                };
                return [...document.querySelectorAll('vaadin-app-layout *, vaadin-dialog-overlay *')]
                    .filter(el => !el.closest('[slot="drawer"]') && el.getClientRects().length > 0)
                    .filter(el => { const r = el.getBoundingClientRect();
                        return r.width > 0 && (r.right > width + 1 || r.left < -1); })
                    .filter(el => !clipped(el))
                    .map(el => el.localName + (el.id ? '#' + el.id : '')
                        + (el.classList.length ? '.' + [...el.classList].join('.') : ''))
                    .slice(0, 10);
                """);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** The displayed buttons (outside the side menu) shorter than {@code pixels}, as "text: height". */
    List<String> buttonsShorterThan(int pixels) {
        Object found = driver.executeScript("""
                return [...document.querySelectorAll('vaadin-button')]
                    .filter(b => !b.closest('[slot="drawer"]') && b.getClientRects().length > 0)
                    .map(b => [b.getAttribute('aria-label') || b.textContent.trim(), b.getBoundingClientRect().height])
                    .filter(([, height]) => height < arguments[0])
                    .map(([text, height]) => text + ': ' + Math.round(height));
                """, pixels);
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * Saves what the window shows as {@code name} in the screenshots folder (target/screenshots), once no dialog
     * or overlay is still fading in or out (a shot taken mid-animation shows a half-transparent dialog).
     */
    void screenshot(String name) {
        await(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[opening], [closing]').length === 0")));
        Path file = SCREENSHOTS.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot " + file, e);
        }
    }

    /**
     * Saves the whole page, not just the window: the window is stretched to the page's height for the shot
     * (charts redraw to their boxes) and put back afterwards.
     */
    void screenshotWholePage(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript("return Math.max(document.documentElement.scrollHeight, "
                + "...[...document.querySelectorAll('vaadin-app-layout')].map(l => l.scrollHeight))")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 8000)));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        screenshot(name);
        driver.manage().window().setSize(window);
    }

    private <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(NoSuchElementException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private static String quoted(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the Chromium profile " + profile, e);
        }
    }
}
