package io.dompet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The customer's whole widget journey in a real headless Chromium: dompet issues a widget through the REST API, the
 * customer opens the widget URL (the sandbox's Finpay Money page), chooses a channel and an amount and pays; the
 * sandbox then sends Finpay's signed Notify Top Up to dompet, which completes the session and credits the wallet.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); no browser is downloaded. With {@code CI} set the test must run; locally without
 * Chromium it is skipped with a message saying how to install it. On failure it saves a screenshot and the page source
 * under {@code target/browser-test/}.
 */
class TopUpWidgetBrowserTest extends SandboxApplicationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String howTo = "Chromium is not installed: apt-get install chromium chromium-driver";
            if (System.getenv("CI") != null) {
                fail(howTo + " (CI is set, so the browser test must run)");
            }
            Assumptions.abort(howTo + " to run the browser test of the widget journey");
        }
        profile = Files.createTempDirectory("dompet-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerPaysOnTheWidgetAndTheSessionCompletesWithTheWalletCreditedOnce() throws Throwable {
        String customer = "081388889999";
        JsonNode widget = json.readTree(post("/api/v1/top-up-widgets", "{\"phoneNumber\":\"" + customer + "\"}").body());
        String id = widget.path("id").asString();
        assertThat(widget.path("status").asString()).isEqualTo("OPEN");

        try {
            browser.get(widget.path("widgetUrl").asString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            assertThat(browser.getPageSource()).contains("0813****9999").doesNotContain(customer);
            chooseChannel("alfamart");
            WebElement amount = browser.findElement(By.id("amount"));
            amount.clear();
            amount.sendKeys("125000");
            browser.findElement(By.id("pay")).click();
            WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
            wait.until(ExpectedConditions.textToBePresentInElement(receipt, "Paid"));
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }

        JsonNode session = json.readTree(get("/api/v1/top-up-widgets/" + id, SANDBOX_KEY).body());
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.path("topUp").path("amount").asString()).isEqualTo("125000.00");
        assertThat(session.path("topUp").path("channel").asString()).isEqualTo("alfamart");
        JsonNode wallet = json.readTree(get("/api/v1/wallets/" + customer, SANDBOX_KEY).body());
        assertThat(wallet.path("creditedTotal").asString()).isEqualTo("125000.00");
        assertThat(wallet.path("topUps").size()).isEqualTo(1);
    }

    private void chooseChannel(String channel) {
        java.util.List<WebElement> select = browser.findElements(By.cssSelector("select#channel"));
        if (!select.isEmpty()) {
            new Select(select.get(0)).selectByValue(channel);
        } else {
            browser.findElement(By.cssSelector("input[name='channel'][value='" + channel + "']")).click();
        }
    }

    private void saveEvidence() throws IOException {
        Path directory = Path.of("target", "browser-test");
        Files.createDirectories(directory);
        if (browser instanceof ChromeDriver chrome) {
            Files.write(directory.resolve("widget.png"), chrome.getScreenshotAs(OutputType.BYTES));
        }
        Files.writeString(directory.resolve("widget.html"), browser.getPageSource(), StandardCharsets.UTF_8);
    }
}
