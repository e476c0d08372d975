package org.egovera.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium and chromedriver, driven through WebDriver with the flags our CI needs. Nothing is
 * downloaded: the browser and the driver are the system's ({@code egovera.chromium} and
 * {@code egovera.chromedriver} override their paths), and each run gets a fresh profile.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("egovera.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("egovera.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile) throws IOException {
        service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + Files.createDirectories(profile.resolve("profile")), "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
    }

    /** Whether the system has both; when not, browser tests skip and say why. */
    static String missing() {
        if (!Files.isExecutable(BROWSER)) {
            return BROWSER + " is not installed";
        }
        if (!Files.isExecutable(DRIVER)) {
            return DRIVER + " is not installed";
        }
        return null;
    }

    static HeadlessChromium start(Path profile) throws IOException {
        return new HeadlessChromium(profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Console messages at error level since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
