package vn.hoagiai.registry.team;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import vn.hoagiai.contracts.events.Gender;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.registry.team.InvalidSheetException.RowProblem;
import vn.hoagiai.registry.team.SheetRows.SheetRow;
import vn.hoagiai.registry.unit.Folding;

/**
 * Turns the rows of a sheet into the teams they describe, checking every rule a team registered
 * through the API must meet, and reporting each problem at its row and column.
 */
final class TeamSheet {

	private static final Set<String> YES = Set.of("co", "x", "yes", "true", "1");

	private static final Set<String> NO = Set.of("khong", "no", "false", "0");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

	private static final Pattern MEDIATOR_FIELD = Pattern.compile("mediators\\[(\\d+)]\\.?(\\w*).*");

	private TeamSheet() {
	}

	/**
	 * A team the sheet describes, ready to register.
	 *
	 * @param request the team as the API would receive it
	 * @param rows the row of each of its mediators, in order
	 */
	record PlannedTeam(TeamRequests.RegisterTeam request, List<Integer> rows) {

		int firstRow() {
			return this.rows.get(0);
		}

	}

	/** The teams of the sheet, and every problem found in it (none: the file can be imported). */
	record Plan(List<PlannedTeam> teams, int rows, List<RowProblem> problems) {

		int mediators() {
			return this.teams.stream().mapToInt((team) -> team.request().mediators().size()).sum();
		}

	}

	/** Groups the rows into teams and checks them all. */
	static Plan plan(List<SheetRow> rows, Caller caller, Validator validator, TeamService rules) {
		List<RowProblem> problems = new ArrayList<>();
		Map<String, List<SheetRow>> byTeam = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			boolean complete = true;
			for (SheetColumn column : SheetColumn.values()) {
				if (column.required() && row.get(column).isBlank()) {
					problems.add(new RowProblem(row.number(), column.heading(), "Chưa điền " + column.heading() + "."));
					complete = false;
				}
			}
			if (complete) {
				String key = row.get(SheetColumn.COMMUNE_CODE) + "|" + Folding.fold(row.get(SheetColumn.VILLAGE)) + "|"
						+ Folding.fold(row.get(SheetColumn.TEAM_NAME));
				byTeam.computeIfAbsent(key, (k) -> new ArrayList<>()).add(row);
			}
		}
		List<PlannedTeam> teams = new ArrayList<>();
		// The recognition numbers in use, per commune, read once: those of the registry, then the file's.
		Map<String, Map<String, String>> numbers = new java.util.HashMap<>();
		for (List<SheetRow> teamRows : byTeam.values()) {
			PlannedTeam team = team(teamRows, problems);
			if (team != null) {
				int before = problems.size();
				check(team, caller, validator, rules, problems);
				boolean numbered = team.request().mediators().stream().anyMatch((m) -> m.recognitionNumber() != null);
				if (problems.size() == before && numbered) {
					Map<String, String> used = numbers.computeIfAbsent(team.request().communeCode(),
							(commune) -> rules.recognitionNumbersIn(commune, null));
					for (FieldProblem problem : TeamService.recognitionProblemsOf(team.request(), used)) {
						problems.add(at(team, problem.field(), problem.message()));
					}
				}
				teams.add(team);
			}
		}
		problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
		return new Plan(teams, rows.size(), problems);
	}

	private static @Nullable PlannedTeam team(List<SheetRow> rows, List<RowProblem> problems) {
		SheetRow first = rows.get(0);
		int before = problems.size();
		Boolean manyEthnicMinority = yesNo(first, SheetColumn.MANY_ETHNIC_MINORITY_RESIDENTS, problems);
		List<TeamRequests.NewMediator> mediators = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		int leaders = 0;
		for (SheetRow row : rows) {
			Boolean flag = yesNo(row, SheetColumn.MANY_ETHNIC_MINORITY_RESIDENTS, problems);
			if (flag != null && manyEthnicMinority != null && !flag.equals(manyEthnicMinority)) {
				problems.add(new RowProblem(row.number(), SheetColumn.MANY_ETHNIC_MINORITY_RESIDENTS.heading(),
						"Khác với dòng " + first.number() + " của cùng tổ hòa giải."));
			}
			Gender gender = gender(row, problems);
			Integer birthYear = birthYear(row, problems);
			Boolean leader = yesNo(row, SheetColumn.LEADER, problems);
			if (Boolean.TRUE.equals(leader) && ++leaders > 1) {
				problems.add(new RowProblem(row.number(), SheetColumn.LEADER.heading(),
						"Mỗi tổ hòa giải chỉ có một tổ trưởng."));
			}
			LocalDate recognitionDate = date(row, SheetColumn.RECOGNITION_DATE, problems);
			String recognitionNumber = blankToNull(row.get(SheetColumn.RECOGNITION_NUMBER));
			if ((recognitionNumber == null) != (row.get(SheetColumn.RECOGNITION_DATE).isBlank())) {
				SheetColumn missing = (recognitionNumber == null) ? SheetColumn.RECOGNITION_NUMBER
						: SheetColumn.RECOGNITION_DATE;
				problems.add(new RowProblem(row.number(), missing.heading(),
						"Cần điền cả số và ngày quyết định công nhận, hoặc để trống cả hai."));
			}
			List<String> background = Arrays.stream(row.get(SheetColumn.BACKGROUND).split(";"))
				.map(String::strip)
				.filter((text) -> !text.isEmpty())
				.toList();
			mediators.add(new TeamRequests.NewMediator(row.get(SheetColumn.FULL_NAME), gender, birthYear,
					row.get(SheetColumn.ETHNICITY), Boolean.TRUE.equals(leader), background, recognitionNumber,
					recognitionDate));
			numbers.add(row.number());
		}
		if (problems.size() > before) {
			return null;
		}
		return new PlannedTeam(new TeamRequests.RegisterTeam(first.get(SheetColumn.COMMUNE_CODE),
				first.get(SheetColumn.VILLAGE), first.get(SheetColumn.TEAM_NAME), Boolean.TRUE.equals(manyEthnicMinority),
				mediators), numbers);
	}

	/** The rules of the API: bean validation, then the service's own, then the caller's scope. */
	private static void check(PlannedTeam team, Caller caller, Validator validator, TeamService rules,
			List<RowProblem> problems) {
		for (ConstraintViolation<TeamRequests.RegisterTeam> violation : validator.validate(team.request())) {
			problems.add(at(team, violation.getPropertyPath().toString(), violation.getMessage()));
		}
		for (FieldProblem problem : rules.problemsOf(team.request())) {
			problems.add(at(team, problem.field(), problem.message()));
		}
		String commune = team.request().communeCode();
		if (!caller.covers(commune)) {
			problems.add(new RowProblem(team.firstRow(), SheetColumn.COMMUNE_CODE.heading(),
					"Xã có mã " + commune + " nằm ngoài phạm vi quản lý của bạn."));
		}
	}

	/** The row and column of a field of the request. */
	private static RowProblem at(PlannedTeam team, String field, String message) {
		Matcher mediator = MEDIATOR_FIELD.matcher(field);
		if (mediator.matches()) {
			int index = Integer.parseInt(mediator.group(1));
			int row = index < team.rows().size() ? team.rows().get(index) : team.firstRow();
			return new RowProblem(row, columnOfMediatorField(mediator.group(2)), message);
		}
		String column = switch (field) {
			case "communeCode" -> SheetColumn.COMMUNE_CODE.heading();
			case "villageName" -> SheetColumn.VILLAGE.heading();
			case "name" -> SheetColumn.TEAM_NAME.heading();
			default -> "";
		};
		return new RowProblem(team.firstRow(), column, message);
	}

	private static String columnOfMediatorField(String field) {
		return switch (field) {
			case "fullName" -> SheetColumn.FULL_NAME.heading();
			case "gender" -> SheetColumn.GENDER.heading();
			case "birthYear" -> SheetColumn.BIRTH_YEAR.heading();
			case "ethnicity" -> SheetColumn.ETHNICITY.heading();
			case "leader" -> SheetColumn.LEADER.heading();
			case "background" -> SheetColumn.BACKGROUND.heading();
			case "recognitionNumber" -> SheetColumn.RECOGNITION_NUMBER.heading();
			case "recognitionDate" -> SheetColumn.RECOGNITION_DATE.heading();
			default -> "";
		};
	}

	private static @Nullable Gender gender(SheetRow row, List<RowProblem> problems) {
		return switch (Folding.fold(row.get(SheetColumn.GENDER))) {
			case "nam", "male" -> Gender.MALE;
			case "nu", "female" -> Gender.FEMALE;
			default -> {
				problems.add(new RowProblem(row.number(), SheetColumn.GENDER.heading(), "Giới tính phải là Nam hoặc Nữ."));
				yield null;
			}
		};
	}

	private static @Nullable Integer birthYear(SheetRow row, List<RowProblem> problems) {
		String text = row.get(SheetColumn.BIRTH_YEAR);
		if (text.matches("\\d{4}")) {
			return Integer.valueOf(text);
		}
		problems.add(new RowProblem(row.number(), SheetColumn.BIRTH_YEAR.heading(),
				"Năm sinh phải là số có 4 chữ số, ví dụ 1975."));
		return null;
	}

	private static @Nullable Boolean yesNo(SheetRow row, SheetColumn column, List<RowProblem> problems) {
		String folded = Folding.fold(row.get(column));
		if (folded.isEmpty() || NO.contains(folded)) {
			return false;
		}
		if (YES.contains(folded)) {
			return true;
		}
		problems.add(new RowProblem(row.number(), column.heading(), "Chỉ điền Có hoặc Không."));
		return null;
	}

	private static @Nullable LocalDate date(SheetRow row, SheetColumn column, List<RowProblem> problems) {
		String text = row.get(column);
		if (text.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		problems.add(new RowProblem(row.number(), column.heading(), "Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 15/03/2024."));
		return null;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
