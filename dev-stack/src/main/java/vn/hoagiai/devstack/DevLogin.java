package vn.hoagiai.devstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in exactly as the web console does — OpenID Connect authorization code with PKCE,
 * through the provider's own sign-in form — and prints the access token, for curl and for tests.
 *
 * <pre>./token xa.nhonbinh [password] [--issuer http://localhost:9000]</pre>
 */
public final class DevLogin {

	public static final String CLIENT = "web-console";

	public static final String REDIRECT = "http://localhost:8080/callback";

	private DevLogin() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: ./token <user> [password] [--issuer http://localhost:9000]");
			System.exit(1);
		}
		String issuer = "http://localhost:9000";
		String password = System.getenv().getOrDefault("HOAGIAI_DEMO_PASSWORD", "matkhau-demo");
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--issuer") && i + 1 < args.length) {
				issuer = args[++i];
			}
			else {
				password = args[i];
			}
		}
		System.out.println(accessToken(issuer, args[0], password, REDIRECT));
	}

	/** The access token of a user signed in with the authorization code flow and PKCE. */
	public static String accessToken(String issuer, String user, String password, String redirectUri)
			throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String verifier = random(48);
		String state = random(16);
		String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT,
				"redirect_uri", redirectUri, "scope", "openid profile", "state", state, "code_challenge",
				challenge(verifier), "code_challenge_method", "S256"));
		HttpResponse<String> toLogin = http.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		expectRedirect(toLogin, "/login");
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form(Map.of("username", user, "password", password, "_csrf", csrf.group(1)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		String next = expectRedirect(signedIn, "/oauth2/authorize");
		HttpResponse<String> withCode = http.send(
				HttpRequest.newBuilder(URI.create(issuer).resolve(next)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String callback = expectRedirect(withCode, redirectUri);
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
		if (!code.find() || !callback.contains("state=" + state)) {
			throw new IllegalStateException("No authorization code in " + callback);
		}
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code",
					java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirectUri,
					"client_id", CLIENT, "code_verifier", verifier))))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
		if (token.statusCode() != 200 || !accessToken.find()) {
			throw new IllegalStateException("The token endpoint answered " + token.statusCode() + ": " + token.body());
		}
		return accessToken.group(1);
	}

	private static String expectRedirect(HttpResponse<String> response, String to) {
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() / 100 != 3 || !location.contains(to)) {
			throw new IllegalStateException("Sign-in failed: expected a redirect to " + to + ", got "
					+ response.statusCode() + " " + location);
		}
		return location;
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		new SecureRandom().nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
