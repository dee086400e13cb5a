package vn.hoagiai.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.nimbusds.jose.jwk.RSAKey;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.devstack.DevStack;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;

/**
 * The registry at scale: teams and mediators loaded through the service's own import (Excel files of
 * {@value #ROWS_PER_FILE} rows, the import timed from upload to completion), then filtered list pages
 * read through the service, their latency measured; the rollup must end up counting exactly the teams
 * imported.
 */
final class RegistryBenchmark {

	/** Rows (mediators) in one import file. */
	static final int ROWS_PER_FILE = 100_000;

	/** Mediators per team: 600,000 mediators in 90,000 teams. */
	static final int[] TEAM_SIZES = { 6, 7, 7 };

	private RegistryBenchmark() {
	}

	/** Teams in one file of {@value #ROWS_PER_FILE} rows (6.7 mediators a team). */
	static final int TEAMS_PER_FILE = ROWS_PER_FILE * 3 / 20;

	/** Teams a commune across the country: 90,000 teams in 10,047 communes. */
	static final int NATIONAL_DENSITY = 9;

	/**
	 * Loads {@code teams} teams (about 6.7 mediators each) and measures {@code queries} list pages of
	 * each kind. Bình Định's teams come first, in full files of {@value #ROWS_PER_FILE} rows: with the
	 * national unit list {@code importRuns + 1} of them, the first to warm up and the others timed, each
	 * started once the rollup has counted the one before (so that an import does not share the two cores
	 * with the counting of the last). The other teams go to the other provinces in code order at the
	 * country's density ({@value #NATIONAL_DENSITY} a commune), each imported by that province; the lists
	 * are read there, where a commune and a district hold what they hold in the country, and not in Bình
	 * Định, whose 100,000-row files put ten times a real province's teams in its communes. A list reads
	 * its unit's teams by {@code _id}, so its cost follows the unit's teams, not the collection's.
	 */
	static Map<String, Object> run(DevStack stack, int teams, int queries, int importRuns,
			AdministrativeUnits.Scope scope) throws Exception {
		AdministrativeUnits units = AdministrativeUnits.load(scope);
		Map<String, List<String>> communesByProvince = communesByProvince(units);
		Map<String, Object> result = new LinkedHashMap<>();
		List<Map<String, Object>> imports = new ArrayList<>();
		Map<String, Integer> teamsByProvince = new LinkedHashMap<>();
		// What the rollup counts already (other benchmarks of the same run) is added to what this one imports.
		Map<String, Long> countedBefore = new java.util.HashMap<>();
		for (String province : communesByProvince.keySet()) {
			countedBefore.put(province, Benchmarks.figure(stack, province, "teams"));
		}
		// Bình Định first: full files, the first a warm-up, the others the timed imports of 100,000 rows.
		int first = Math.min(teams,
				(scope == AdministrativeUnits.Scope.NATIONAL) ? (importRuns + 1) * TEAMS_PER_FILE : teams);
		for (int from = 0; from < first; from += TEAMS_PER_FILE) {
			int to = Math.min(first, from + TEAMS_PER_FILE);
			load(stack, "52", communesByProvince.get("52"), from, to, imports);
			Benchmarks.awaitExact(stack, "52", "teams", countedBefore.get("52") + to);
			Benchmarks.awaitWritersIdle(stack);
		}
		teamsByProvince.put("52", first);
		int filesOfFirst = imports.size();
		result.put("import100k", timed(new ArrayList<>(imports)));
		Map<String, List<String>> others = new TreeMap<>(communesByProvince);
		others.remove("52");
		Map<String, Integer> spread = loadAtDensity(stack, others, teams - first, imports);
		teamsByProvince.putAll(spread);
		int loaded = teamsByProvince.values().stream().mapToInt(Integer::intValue).sum();
		result.put("teams", loaded);
		result.put("mediators", imports.stream().mapToInt((i) -> (int) i.get("rows")).sum());
		result.put("provinces", teamsByProvince.size());
		result.put("importsOfOtherProvinces", imports.size() - filesOfFirst);
		result.put("secondsForAllImports",
				Math.round(imports.stream().mapToDouble((i) -> (double) i.get("seconds")).sum() * 10) / 10.0);

		// The rollup counts every imported team, exactly: then the lists are read on a quiet system.
		Map<String, Long> expected = new LinkedHashMap<>();
		teamsByProvince.forEach((province, count) -> expected.put(province, countedBefore.get(province) + count));
		Benchmarks.awaitExact(stack, "teams", expected);
		Benchmarks.awaitWritersIdle(stack);

		Random random = new Random(7);
		java.util.Set<String> listed = spread.isEmpty() ? teamsByProvince.keySet() : spread.keySet();
		result.put("listsReadIn", List.copyOf(listed));
		List<String> communes = listed.stream().flatMap((p) -> communesByProvince.get(p).stream()).toList();
		List<String> districts = communes.stream()
			.map((c) -> units.find(c).orElseThrow().parentCode())
			.distinct()
			.toList();
		Map<String, JsonHttp> clients = new java.util.HashMap<>();
		java.util.function.Function<String, JsonHttp> client = (unit) -> clients.computeIfAbsent(
				units.ancestorAt(unit, UnitLevel.PROVINCE).orElseThrow().code(),
				(province) -> new JsonHttp(stack.serviceUrl(DevStack.Service.REGISTRY)).as(token(stack, province)));
		result.put("communeMediatorsWomen", latencies(queries, () -> {
			String commune = communes.get(random.nextInt(communes.size()));
			return client.apply(commune).get("/api/registry/mediators?unit=" + commune + "&gender=FEMALE&sort=NAME&size=50");
		}));
		result.put("communeTeamsNotCompliant", latencies(queries, () -> {
			String commune = communes.get(random.nextInt(communes.size()));
			return client.apply(commune).get("/api/registry/teams?unit=" + commune + "&compliant=false&size=50");
		}));
		result.put("districtMediatorsPage", latencies(queries, () -> {
			String district = districts.get(random.nextInt(districts.size()));
			return client.apply(district).get("/api/registry/mediators?unit=" + district + "&gender=FEMALE&page=1&size=50");
		}));
		return result;
	}

	/**
	 * Imports up to {@code teams} teams into these provinces in turn, {@value #NATIONAL_DENSITY} a commune,
	 * each province's files imported by that province.
	 * @return the teams imported, by province
	 */
	static Map<String, Integer> loadAtDensity(DevStack stack, Map<String, List<String>> communesByProvince,
			int teams, List<Map<String, Object>> imports) throws Exception {
		Map<String, Integer> teamsByProvince = new LinkedHashMap<>();
		int remaining = teams;
		for (Map.Entry<String, List<String>> province : communesByProvince.entrySet()) {
			if (remaining <= 0) {
				break;
			}
			int share = Math.min(remaining, NATIONAL_DENSITY * province.getValue().size());
			load(stack, province.getKey(), province.getValue(), 0, share, imports);
			teamsByProvince.put(province.getKey(), share);
			remaining -= share;
		}
		return teamsByProvince;
	}

	/** The communes of every province in the three-tier hierarchy, by province code, each list sorted. */
	static Map<String, List<String>> communesByProvince(AdministrativeUnits units) {
		Map<String, List<String>> communesByProvince = new TreeMap<>();
		for (AdministrativeUnit unit : units.inHierarchy(AdministrativeUnits.THREE_TIER_VERSION)) {
			if (unit.level() == UnitLevel.COMMUNE) {
				String province = units.ancestorAt(unit.code(), UnitLevel.PROVINCE).orElseThrow().code();
				communesByProvince.computeIfAbsent(province, (p) -> new ArrayList<>()).add(unit.code());
			}
		}
		communesByProvince.values().forEach(Collections::sort);
		return communesByProvince;
	}

	/**
	 * Imports {@code teams} teams across these provinces, each its share by its number of communes (about
	 * nine a commune when the whole country gets 90,000), each province's files imported by that province.
	 * @return the teams imported, by province
	 */
	static Map<String, Integer> loadAcross(DevStack stack, Map<String, List<String>> communesByProvince, int teams,
			List<Map<String, Object>> imports) throws Exception {
		int communes = communesByProvince.values().stream().mapToInt(List::size).sum();
		Map<String, Integer> teamsByProvince = new LinkedHashMap<>();
		int remaining = teams;
		for (Map.Entry<String, List<String>> province : communesByProvince.entrySet()) {
			if (remaining <= 0) {
				break;
			}
			int share = (int) Math.min(remaining, Math.round((double) teams * province.getValue().size() / communes));
			if (share > 0) {
				load(stack, province.getKey(), province.getValue(), 0, share, imports);
				teamsByProvince.put(province.getKey(), share);
				remaining -= share;
			}
		}
		return teamsByProvince;
	}

	/**
	 * Imports the province's teams numbered {@code fromTeam} to {@code toTeam} (exclusive), spread over
	 * its communes as the province would, a file at a time.
	 */
	static void load(DevStack stack, String province, List<String> communes, int fromTeam, int toTeam,
			List<Map<String, Object>> imports) throws Exception {
		// An upload is answered once the file is read and checked; late in a national load, on the embedded
		// store (no index but _id, so every import's commit reads every team), that can take over 30 s.
		JsonHttp registry = new JsonHttp(stack.serviceUrl(DevStack.Service.REGISTRY)).as(token(stack, province))
			.waiting(java.time.Duration.ofMinutes(10));
		int team = fromTeam;
		while (team < toTeam) {
			List<String[]> rows = new ArrayList<>();
			int firstTeam = team;
			while (team < toTeam && rows.size() + 7 <= ROWS_PER_FILE) {
				int size = TEAM_SIZES[team % TEAM_SIZES.length];
				String commune = communes.get(team % communes.size());
				String village = "Thôn " + (team / communes.size() + 1);
				for (int m = 0; m < size; m++) {
					// One team in five has no woman: it falls short of Art. 12.
					boolean woman = (m == 0 && team % 5 != 0) || m == 3;
					rows.add(new String[] { commune, village, "Tổ hòa giải " + village, "Không",
							(woman ? "Nguyễn Thị " : "Trần Văn ") + NAMES[(team + m) % NAMES.length],
							woman ? "Nữ" : "Nam", String.valueOf(1950 + (team + m) % 50), (m == 5) ? "Ba Na" : "Kinh",
							(m == 0) ? "Có" : "Không" });
				}
				team++;
			}
			byte[] workbook = workbook(rows);
			long started = System.nanoTime();
			JsonHttp.Answer answer = registry.upload("/api/registry/imports",
					"bench-" + province + "-" + firstTeam + ".xlsx", workbook);
			if (answer.status() != 202) {
				throw new IllegalStateException("WRONG: import answered " + answer.status() + ": " + answer.text());
			}
			String location = answer.header("Location");
			String status;
			do {
				Thread.sleep(100);
				status = registry.get(location).json().get("status").asString();
			}
			while (status.equals("WRITING") || status.equals("COMMITTING"));
			double seconds = Benchmarks.seconds(started);
			if (!status.equals("COMPLETED")) {
				throw new IllegalStateException("WRONG: import ended " + status + ": " + registry.get(location).text());
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("province", province);
			one.put("rows", rows.size());
			one.put("teams", team - firstTeam);
			one.put("bytes", workbook.length);
			one.put("seconds", Math.round(seconds * 10) / 10.0);
			imports.add(one);
			System.out.printf("import %s: %d rows, %d teams in %.1f s%n", province, rows.size(), team - firstTeam,
					seconds);
		}
	}

	/**
	 * The timed imports of one province's files: all but the first (a warm-up) when there are several,
	 * median and spread of their seconds.
	 */
	static Map<String, Object> timed(List<Map<String, Object>> files) {
		List<Map<String, Object>> timed = (files.size() > 1) ? files.subList(1, files.size()) : files;
		List<Double> seconds = new ArrayList<>();
		for (Map<String, Object> file : timed) {
			seconds.add((Double) file.get("seconds"));
		}
		Collections.sort(seconds);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("files", files);
		result.put("warmUp", files.size() > 1);
		result.put("runs", timed.size());
		result.put("medianSeconds", Math.round(Benchmarks.median(seconds) * 10) / 10.0);
		result.put("minSeconds", seconds.get(0));
		result.put("maxSeconds", seconds.get(seconds.size() - 1));
		result.put("target", "< 60 s for 100,000 rows");
		return result;
	}

	static final String[] NAMES = { "Lan", "Hùng", "Minh", "Thu", "Tâm", "Phúc", "Mai", "Sơn", "Hạnh", "Bình", "An",
			"Dũng", "Hoa", "Khánh", "Long", "Nga" };

	/** p50 / p99 / max of a request, after a warm-up of a tenth as many. */
	static Map<String, Object> latencies(int count, java.util.function.Supplier<JsonHttp.Answer> request) {
		for (int i = 0; i < Math.max(1, count / 10); i++) {
			check(request.get());
		}
		List<Long> micros = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			check(request.get());
			micros.add((System.nanoTime() - started) / 1_000);
		}
		Collections.sort(micros);
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("requests", count);
		summary.put("p50Ms", Benchmarks.percentile(micros, 0.50) / 1000.0);
		summary.put("p99Ms", Benchmarks.percentile(micros, 0.99) / 1000.0);
		summary.put("maxMs", micros.get(micros.size() - 1) / 1000.0);
		return summary;
	}

	static void check(JsonHttp.Answer answer) {
		if (answer.status() != 200) {
			throw new IllegalStateException("WRONG: a list answered " + answer.status() + ": " + answer.text());
		}
	}

	static byte[] workbook(List<String[]> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet sheet = workbook.createSheet("Hòa giải viên");
			String[] headings = { "Mã xã", "Thôn, tổ dân phố", "Tên tổ hòa giải", "Nhiều người dân tộc thiểu số",
					"Họ và tên hòa giải viên", "Giới tính", "Năm sinh", "Dân tộc", "Tổ trưởng" };
			Row heading = sheet.createRow(0);
			for (int c = 0; c < headings.length; c++) {
				heading.createCell(c).setCellValue(headings[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).length; c++) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static String token(DevStack stack, String province) {
		try {
			RSAKey key = RSAKey.parse(Files.readString(stack.signingKeyFile()));
			return TestTokens.withKey(key, stack.issuer() + "/oauth2/jwks")
				.token("PROVINCE_ADMIN", province, stack.issuer());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
