package vn.hoagiai.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The development stack's people and systems, each with a role and a unit scope. Passwords and
 * secrets come from the environment; the defaults are for a developer's machine only.
 *
 * @param password the demo users' password
 * @param districtClientSecret the district system client's secret
 * @param consoleRedirectUris where the web console may receive its authorization code
 */
@ConfigurationProperties("hoagiai.auth")
public record DemoDirectory(@DefaultValue("matkhau-demo") String password,
		@DefaultValue("district-540-dev-secret") String districtClientSecret,
		@DefaultValue({ "http://localhost:8080/", "http://localhost:8080/callback", "http://localhost:5173/callback" })
		List<String> consoleRedirectUris) {

	/**
	 * A person or system: who they are, what they may do, over which unit.
	 *
	 * @param name the user name or client id
	 * @param displayName the name shown in the console
	 * @param role the role
	 * @param unit the official code of the unit their scope covers
	 */
	public record Account(String name, String displayName, String role, String unit) {
	}

	/** The demo users, one per role (a commune officer of each of two communes, to show scopes). */
	public static final List<Account> USERS = List.of(
			new Account("tinh.admin", "Quản trị Sở Tư pháp tỉnh Bình Định", "PROVINCE_ADMIN", "52"),
			new Account("huyen.quynhon", "Phòng Tư pháp Thành phố Quy Nhơn", "DISTRICT_OFFICER", "540"),
			new Account("xa.nhonbinh", "Công chức Tư pháp - Hộ tịch Phường Nhơn Bình", "COMMUNE_OFFICER", "21550"),
			new Account("xa.nhonphu", "Công chức Tư pháp - Hộ tịch Phường Nhơn Phú", "COMMUNE_OFFICER", "21553"),
			new Account("tap.huan.vien", "Tập huấn viên Thành phố Quy Nhơn", "TRAINER", "540"),
			new Account("phan.tich", "Chuyên viên phân tích", "ANALYST", "52"));

	/** The client-credentials clients of district systems. */
	public static final List<Account> SYSTEMS = List
		.of(new Account("district-540", "Hệ thống Phòng Tư pháp Thành phố Quy Nhơn", "DISTRICT_SYSTEM", "540"));

	static Optional<Account> account(String name) {
		return java.util.stream.Stream.concat(USERS.stream(), SYSTEMS.stream())
			.filter((account) -> account.name().equals(name))
			.findFirst();
	}

	static Map<String, Object> claims(Account account) {
		return Map.of("roles", List.of(account.role()), "unit", account.unit(), "name", account.displayName());
	}

}
