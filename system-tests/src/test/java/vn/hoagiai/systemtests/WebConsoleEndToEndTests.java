package vn.hoagiai.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web console as a person uses it, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver} packages) against the whole stack: signing in through the provider's own
 * sign-in page, registering a team, planning a course, signing out, and the province's overview
 * following a change made elsewhere without a reload. Screenshots of the pages at desktop and phone
 * widths go to {@code system-tests/target/screenshots/}.
 */
class WebConsoleEndToEndTests {

	static final Path ROOT = Path.of(System.getProperty("hoagiai.root", "..")).toAbsolutePath().normalize();

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = ROOT.resolve("system-tests/target/screenshots");

	static final String PASSWORD = "matkhau-demo";

	static final Dimension DESKTOP = new Dimension(1366, 900);

	static final Dimension PHONE = new Dimension(360, 780);

	static DevStack stack;

	static String gateway;

	static Path profile;

	static ChromeDriver driver;

	static boolean firstSignIn = true;

	@BeforeAll
	static void startTheBrowserAndTheStack() throws IOException {
		requireChromium();
		stack = RunningStack.get();
		gateway = stack.gatewayUrl();
		deleteRecursively(SCREENSHOTS);
		Files.createDirectories(SCREENSHOTS);
		profile = Files.createTempDirectory("hoagiai-chromium-");

		// The driver and the browser are Debian's; Selenium Manager must find (and fetch) nothing.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--lang=vi-VN", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			// Chromium on Linux takes its locale from the environment; the date picker shows dd/mm/yyyy
			// where Debian's chromium-l10n is installed too, mm/dd/yyyy (en-US) otherwise.
			.withEnvironment(Map.of("LANGUAGE", "vi", "LANG", "vi_VN.UTF-8"))
			.withLogFile(ROOT.resolve("system-tests/target/chromedriver.log").toFile())
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(DESKTOP);
	}

	/** Chromium is a test dependency installed with apt: CI must have it; a developer may not. */
	static void requireChromium() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "The web console's end-to-end tests need Debian's Chromium and its driver at " + CHROMIUM
				+ " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
		if ("true".equals(System.getenv("CI"))) {
			fail(message + ", which CI installs: they are missing");
		}
		assumeTrue(false, message + "; skipped on this machine");
	}

	@AfterAll
	static void stopTheBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			deleteRecursively(profile);
		}
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	@Test
	void aCommuneRegistersATeamAndPlansACourseAndTheProvinceSeesTheChangeLive() {
		try {
			// A commune officer signs in through the provider's own sign-in page and starts on the commune's teams.
			signIn("xa.nhonbinh");
			assertThat(text(By.cssSelector("[data-testid=user-name]")))
				.isEqualTo("Công chức Tư pháp - Hộ tịch Phường Nhơn Bình");
			assertThat(text(By.cssSelector("[data-testid=user-role]")))
				.isEqualTo("Công chức Tư pháp - Hộ tịch cấp xã · Mã đơn vị 21550");
			waitFor(heading("Tổ hòa giải của Phường Nhơn Bình"));
			assertThat(driver.getCurrentUrl()).isEqualTo(gateway + "/#/to-hoa-giai/21550");
			assertThat(sessionStorage("hoagiai.console.session")).contains("accessToken");

			String teamName = registerTeamThroughTheForm();
			WebElement card = waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
					"//article[contains(@class,'team-card')][.//h3[normalize-space()='" + teamName + "']]")));
			assertThat(card.findElement(By.cssSelector(".badge--ok")).getText()).endsWith("Đủ số lượng, thành phần");
			assertThat(text(By.cssSelector(".alert--success"))).isEqualTo("Đã đăng ký " + teamName + ".");
			screenshots("to-hoa-giai");

			// The team's own record: its badge, its mediators, what the officer may change.
			card.findElement(By.xpath(".//h3//a")).click();
			waitFor(ExpectedConditions.urlMatches("#/ho-so-to/[0-9a-f-]{36}$"));
			waitFor(heading(teamName));
			assertThat(text(By.cssSelector(".team-summary"))).contains("Đủ số lượng, thành phần");
			assertThat(driver.findElements(By.cssSelector("#mediators-heading"))).hasSize(1);
			screenshots("ho-so-to");

			String courseTitle = planCourseThroughTheForm();
			assertThat(text(By.cssSelector(".course"))).contains("Phường Nhơn Bình (mã 21550)")
				.contains("Hòa giải viên ở cơ sở")
				.contains("10/12/2026 – 11/12/2026 (2 ngày)")
				.contains("Đã lên kế hoạch");
			assertThat(text(By.cssSelector("[role=status].alert--success"))).isEqualTo("Đã lập " + courseTitle + ".");
			screenshots("lop-tap-huan");

			// Signing out forgets the token and ends the provider's session too: the next person must sign in.
			click(By.xpath("//button[normalize-space()='Đăng xuất']"));
			// The console opens afresh at / (nothing of the signed-out user stays in memory).
			waitFor(ExpectedConditions.urlToBe(gateway + "/"));
			waitFor(heading("Đăng nhập"));
			waitFor(ExpectedConditions.textToBe(By.cssSelector(".sign-in .alert--success"), "Bạn đã đăng xuất."));
			assertThat(sessionStorage("hoagiai.console.session")).isNull();

			// The province signs in and starts on the province's overview, kept live by the change feed.
			signIn("tinh.admin");
			assertThat(text(By.cssSelector("[data-testid=user-name]"))).isEqualTo("Quản trị Sở Tư pháp tỉnh Bình Định");
			waitFor(heading("Tỉnh Bình Định"));
			assertThat(driver.getCurrentUrl()).isEqualTo(gateway + "/#/tong-quan");
			waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".live--open")));
			// The team registered through the form may still be on its way to the rollup (after another
			// test stopped an instance, say): the figures to compare with are those once it has arrived.
			JsonHttp province = new JsonHttp(gateway).as(RunningStack.token("PROVINCE_ADMIN", "52"));
			new WebDriverWait(driver, Duration.ofSeconds(60))
				.withMessage("the rollup of Phường Nhơn Bình counts every team the registry holds there")
				.until((d) -> Objects.equals(teamsInRollup(province, "21550"), teamsInRegistry(province, "21550")));
			long teamsBefore = waitFor((d) -> {
				Long shown = teamsTile();
				return shown != null && shown.equals(teamsInRollup(province, "52")) ? shown : null;
			});
			long districtBefore = waitFor((d) -> {
				Long shown = mapValue("540");
				return shown != null && shown.equals(teamsInRollup(province, "540")) ? shown : null;
			});
			((JavascriptExecutor) driver).executeScript("window.__sameDocument = true;");

			// Another team registered in Phường Nhơn Bình, through the API, while the province looks on.
			JsonHttp.Answer registered = new JsonHttp(gateway).as(RunningStack.token("COMMUNE_OFFICER", "21550"))
				.post("/api/registry/teams", team("Khu vực 6 " + suffix()));
			assertThat(registered.status()).as(registered.text()).isEqualTo(201);

			// Generous: after another test stopped a second reporting instance, Kafka Streams waits out the
			// session timeout and a transaction it left open before the change becomes readable (see
			// RELIABILITY.md). The message says which side lagged if it ever fails.
			new WebDriverWait(driver, Duration.ofSeconds(90))
				.withMessage(() -> "the tile and the map follow the new team; the API's rollup of the province now counts "
						+ teamsInRollup(province, "52") + " teams, the tile shows " + teamsTile() + ", before "
						+ teamsBefore)
				.until((d) -> Objects.equals(teamsTile(), teamsBefore + 1)
						&& Objects.equals(mapValue("540"), districtBefore + 1));
			assertThat(((JavascriptExecutor) driver).executeScript("return window.__sameDocument === true"))
				.as("the page was not reloaded")
				.isEqualTo(true);
			waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tile--changed")));
			screenshots("tong-quan");

			// The same province after the 2025 reorganisation: the new Gia Lai, its 58 communes in a table
			// (no boundaries of the new communes are loaded, so no district map), what is still recorded
			// against Bình Định's communes recast onto them.
			click(By.partialLinkText("Hai cấp"));
			waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Tỉnh Gia Lai"));
			assertThat(java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8))
				.endsWith("#/tong-quan/52@2025-07-01");
			waitFor((d) -> Objects.equals(teamsTile(), teamsInRollup(province, "52@2025-07-01")) ? true : null);
			assertThat(driver.findElements(By.cssSelector("path[data-code]"))).isEmpty();
			waitFor((d) -> d.findElements(By.cssSelector("section[aria-labelledby=children-heading] table tbody tr"))
				.size() == 58 ? true : null);
			screenshots("tong-quan-hai-cap");
		}
		catch (RuntimeException | AssertionError ex) {
			keepEvidence();
			throw ex;
		}
	}

	/** From the console's sign-in screen, through the provider's sign-in page, back to the console. */
	void signIn(String user) {
		if (!driver.getCurrentUrl().startsWith(gateway)) {
			driver.get(gateway + "/");
		}
		waitFor(heading("Đăng nhập"));
		if (firstSignIn) {
			firstSignIn = false;
			screenshots("dang-nhap");
		}
		WebElement button = waitFor(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
		assertThat(button.getText()).isEqualTo("Đăng nhập");
		button.click();

		waitFor(ExpectedConditions.urlContains(stack.issuer() + "/login"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Đăng nhập");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();

		waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user-name]")));
		assertThat(driver.getCurrentUrl()).startsWith(gateway + "/#/").doesNotContain("code=").doesNotContain("state=");
	}

	String registerTeamThroughTheForm() {
		String village = "Khu vực 5 " + suffix();
		click(By.xpath("//button[normalize-space()='Thêm tổ hòa giải']"));
		type("f-villageName", village);
		type("f-name", "Tổ hòa giải " + village);
		mediator(0, "Nguyễn Thị Lan", "FEMALE", "1975", true);
		mediator(1, "Trần Văn Hùng", "MALE", "1968", false);
		mediator(2, "Lê Văn Minh", "MALE", "1980", false);
		click(By.xpath("//button[@type='submit'][normalize-space()='Đăng ký tổ hòa giải']"));
		return "Tổ hòa giải " + village;
	}

	void mediator(int index, String name, String gender, String birthYear, boolean leader) {
		String prefix = "f-mediators-" + index + "-";
		type(prefix + "fullName", name);
		new Select(driver.findElement(By.id(prefix + "gender"))).selectByValue(gender);
		type(prefix + "birthYear", birthYear);
		if (leader) {
			driver.findElement(By.id(prefix + "leader")).click();
		}
	}

	/** Plans a course, first with the dates the wrong way round to see the server's message by the field. */
	String planCourseThroughTheForm() {
		String title = "Tập huấn kỹ năng hòa giải " + suffix();
		click(By.xpath("//nav//a[normalize-space()='Lớp tập huấn']"));
		waitFor(heading("Lớp tập huấn, bồi dưỡng"));
		assertThat(driver.findElement(By.id("f-organiserUnitCode")).getDomProperty("value")).isEqualTo("21550");
		type("f-title", title);
		new Select(driver.findElement(By.id("f-audience"))).selectByValue("MEDIATORS");
		date("f-startDate", "2026-12-10");
		date("f-endDate", "2026-12-09");
		click(By.xpath("//button[@type='submit'][normalize-space()='Lập lớp tập huấn']"));

		WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-endDate-error")));
		assertThat(error.getText()).contains("Ngày kết thúc không được trước ngày bắt đầu");
		assertThat(driver.findElement(By.id("f-endDate")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.xpath("//div[contains(@class,'field')][.//input[@id='f-endDate']]")).getText())
			.contains("Ngày kết thúc không được trước ngày bắt đầu");
		screenshots("lop-tap-huan-loi");

		date("f-endDate", "2026-12-11");
		click(By.xpath("//button[@type='submit'][normalize-space()='Lập lớp tập huấn']"));
		waitFor(ExpectedConditions.urlMatches("#/lop-tap-huan/[0-9a-f-]{36}$"));
		waitFor(heading(title));
		return title;
	}

	/** The number of teams the reporting service's rollup counts for a unit. */
	static Long teamsInRollup(JsonHttp http, String unit) {
		JsonHttp.Answer answer = http.get("/api/reporting/rollups/" + unit);
		return answer.status() == 200 ? answer.json().path("figures").path("teams").asLong() : null;
	}

	/** The number of teams the registry holds in a commune. */
	static Long teamsInRegistry(JsonHttp http, String commune) {
		JsonHttp.Answer answer = http.get("/api/registry/teams?commune=" + commune + "&size=1");
		String total = answer.header("X-Total-Count");
		return answer.status() == 200 && total != null ? Long.valueOf(total) : null;
	}

	/** The teams tile of the overview, once it shows a number (1.234 in Vietnamese). */
	Long teamsTile() {
		String value = driver.findElement(By.cssSelector("[data-figure=teams] .tile__value")).getText();
		return value.matches("[\\d.]+") ? Long.valueOf(value.replace(".", "")) : null;
	}

	/** The value the map shows for a district, once it has one. */
	Long mapValue(String district) {
		List<WebElement> paths = driver.findElements(By.cssSelector("path[data-code='" + district + "'][data-value]"));
		return paths.isEmpty() ? null : Long.valueOf(paths.get(0).getDomAttribute("data-value"));
	}

	static Map<String, Object> team(String village) {
		return Map.of("communeCode", "21550", "villageName", village, "name", "Tổ hòa giải " + village,
				"manyEthnicMinorityResidents", false, "mediators",
				List.of(Map.of("fullName", "Phạm Thị Thu", "gender", "FEMALE", "birthYear", 1979, "ethnicity", "Kinh",
						"leader", true),
						Map.of("fullName", "Võ Văn Tâm", "gender", "MALE", "birthYear", 1970, "ethnicity", "Kinh", "leader",
								false),
						Map.of("fullName", "Đặng Văn Phúc", "gender", "MALE", "birthYear", 1985, "ethnicity", "Kinh",
								"leader", false)));
	}

	/**
	 * The page as a person sees it, at desktop (1366 × 900) and at phone size (360 × 780, as a phone
	 * lays it out): what fits the screen, and the whole length. At both sizes nothing may stick out
	 * sideways. The sizes are the page's viewport, set through Chromium's device emulation (the window's
	 * own size would include the browser's frame).
	 */
	void screenshots(String page) {
		for (Map.Entry<String, Dimension> size : List.of(Map.entry("desktop", DESKTOP), Map.entry("phone", PHONE))) {
			Dimension viewport = size.getValue();
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width, "height",
					viewport.height, "deviceScaleFactor", 1, "mobile", viewport.width < 600));
			new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage("the viewport is " + viewport.width + " px wide")
				.until((d) -> script("return window.innerWidth", Long.class) == viewport.width);
			scrollToTop();
			save(page + "-" + size.getKey() + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			assertThat(script("return document.documentElement.scrollWidth", Long.class))
				.as("%s at %d px: nothing wider than the screen", page, viewport.width)
				.isLessThanOrEqualTo(viewport.width);
			long height = script("return Math.ceil(document.documentElement.scrollHeight)", Long.class);
			Map<String, Object> whole = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", viewport.width, "height", height, "scale", 1)));
			save(page + "-" + size.getKey() + "-full.png", Base64.getDecoder().decode((String) whole.get("data")));
		}
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	void scrollToTop() {
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
	}

	void save(String name, byte[] png) {
		try {
			Files.write(SCREENSHOTS.resolve(name), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** On failure: what the browser showed, its page and its console. */
	void keepEvidence() {
		try {
			save("failure.png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			Files.writeString(SCREENSHOTS.resolve("failure.html"), driver.getPageSource());
			List<String> lines = new ArrayList<>();
			lines.add("URL: " + driver.getCurrentUrl());
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				lines.add(entry.toString());
			}
			Files.write(SCREENSHOTS.resolve("failure-console.txt"), lines);
			List<String> network = new ArrayList<>();
			for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
				if (entry.getMessage().contains("\"Network.")) {
					network.add(entry.getMessage());
				}
			}
			Files.write(SCREENSHOTS.resolve("failure-network.txt"), network);
			System.err.println("Browser console at failure:\n" + String.join("\n", lines));
			// The stack's logs live in a temporary folder deleted at exit: keep a copy.
			Path logs = stack.options().dataDir().resolve("logs");
			Path kept = SCREENSHOTS.resolve("failure-logs");
			Files.createDirectories(kept);
			try (var files = Files.list(logs)) {
				for (Path file : files.toList()) {
					Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (RuntimeException | IOException ex) {
			System.err.println("Could not keep the evidence of the failure: " + ex);
		}
	}

	String sessionStorage(String key) {
		return script("return window.sessionStorage.getItem(arguments[0])", String.class, key);
	}

	<T> T script(String script, Class<T> type, Object... arguments) {
		return type.cast(((JavascriptExecutor) driver).executeScript(script, arguments));
	}

	static ExpectedCondition<WebElement> heading(String title) {
		return ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space()=" + xpathLiteral(title) + "]"));
	}

	static String xpathLiteral(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	<T> T waitFor(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
	}

	String text(By locator) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	void click(By locator) {
		waitFor(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	void type(String id, String value) {
		WebElement input = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		input.clear();
		input.sendKeys(value);
	}

	/**
	 * A date into an {@code <input type=date>}: the keys to type depend on the browser's locale, so the
	 * value is set as the picker sets it, with the input event the console listens to.
	 */
	void date(String id, String isoDate) {
		WebElement input = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				input, isoDate);
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
