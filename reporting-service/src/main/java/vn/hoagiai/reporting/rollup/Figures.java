package vn.hoagiai.reporting.rollup;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Named counts (e.g. {@code teams}, {@code mediatorsWomen}; no dots, they are MongoDB field names) that add and subtract: the value the
 * rollup aggregates for a unit, and what one thing contributes to it.
 *
 * @param counts count by figure name
 */
public record Figures(SortedMap<String, Long> counts) {

	public static final String TEAMS = "teams";

	public static final String TEAMS_COMPLIANT = "teamsCompliant";

	public static final String MEDIATORS = "mediators";

	public static final String MEDIATORS_WOMEN = "mediatorsWomen";

	public static final String MEDIATORS_ETHNIC_MINORITY = "mediatorsEthnicMinority";

	public static final String MEDIATORS_TRAINED = "mediatorsTrained";

	public static final String MEDIATORS_REACHING_MATERIALS = "mediatorsReachingMaterials";

	public static final String TEAMS_WITH_LEGAL_SUPPORT = "teamsWithLegalSupport";

	public static final String LEGAL_SUPPORT_ASSIGNMENTS = "legalSupportAssignments";

	public static final String TRAINERS = "trainers";

	public static final String TRAINERS_PROVINCIAL = "trainersProvincial";

	public static final String TRAINERS_DISTRICT = "trainersDistrict";

	public static final String TRAINERS_TRAINED = "trainersTrained";

	public static final String TRAINERS_WOMEN = "trainersWomen";

	public static final String PILOT_COMMUNES = "pilotCommunes";

	public static final String CASES_SUCCESSFUL_IN_PILOT = "casesSuccessfulInPilot";

	public static final String CASES_UNSUCCESSFUL_IN_PILOT = "casesUnsuccessfulInPilot";

	public static final String COURSES = "courses";

	public static final String PARTICIPANTS = "participants";

	public static final String PARTICIPANTS_ATTENDED = "participantsAttended";

	public static final String PARTICIPANTS_COMPLETED = "participantsCompleted";

	public static final String MATERIALS = "materials";

	public static final String MATERIALS_DIGITISED = "materialsDigitised";

	public static final String MATERIAL_REACHES = "materialReaches";

	public static final String COMMUNICATION_ACTIVITIES = "communicationActivities";

	public static final String COMMUNICATION_REACH = "communicationReach";

	public static final String CASES_RECEIVED = "casesReceived";

	public static final String CASES_OPEN = "casesOpen";

	public static final String CASES_SUCCESSFUL = "casesSuccessful";

	public static final String CASES_UNSUCCESSFUL = "casesUnsuccessful";

	public static final String CASES_WITHDRAWN = "casesWithdrawn";

	public static final String CASES_SENT_FOR_COURT_RECOGNITION = "casesSentForCourtRecognition";

	public static final String CASES_WITH_LEGAL_SUPPORT = "casesWithLegalSupport";

	/** Cases received by field (lĩnh vực), e.g. {@code casesFieldLand}: one figure per {@link vn.hoagiai.contracts.events.CaseField}. */
	public static final java.util.List<String> CASES_BY_FIELD = java.util.Arrays
		.stream(vn.hoagiai.contracts.events.CaseField.values())
		.map((field) -> casesInField(field.name()))
		.toList();

	/** Active trainers by where they come from (task 2a), e.g. {@code trainersSourceJudge}. */
	public static final java.util.List<String> TRAINERS_BY_SOURCE = java.util.List.of("trainersSourceJudge", "trainersSourceProsecutor", "trainersSourcePeoplesAssessor", "trainersSourceJurist", "trainersSourceLawyer", "trainersSourcePolice", "trainersSourceBorderGuard", "trainersSourceLegalOfficial", "trainersSourceFormerJudgeProsecutorInvestigator", "trainersSourceOther");

	/** Every figure the rollup knows, in the order the API lists them. */
	public static final java.util.List<String> ALL = java.util.stream.Stream.of(java.util.List.of(TEAMS, TEAMS_COMPLIANT, MEDIATORS,
			MEDIATORS_WOMEN, MEDIATORS_ETHNIC_MINORITY, MEDIATORS_TRAINED, MEDIATORS_REACHING_MATERIALS,
			TEAMS_WITH_LEGAL_SUPPORT, LEGAL_SUPPORT_ASSIGNMENTS, TRAINERS, TRAINERS_PROVINCIAL, TRAINERS_DISTRICT,
			TRAINERS_TRAINED, TRAINERS_WOMEN, PILOT_COMMUNES, CASES_SUCCESSFUL_IN_PILOT, CASES_UNSUCCESSFUL_IN_PILOT,
			COURSES, PARTICIPANTS, PARTICIPANTS_ATTENDED,
			PARTICIPANTS_COMPLETED, MATERIALS, MATERIALS_DIGITISED, MATERIAL_REACHES, COMMUNICATION_ACTIVITIES,
			COMMUNICATION_REACH, CASES_RECEIVED, CASES_OPEN, CASES_SUCCESSFUL,
			CASES_UNSUCCESSFUL, CASES_WITHDRAWN, CASES_SENT_FOR_COURT_RECOGNITION, CASES_WITH_LEGAL_SUPPORT),
			TRAINERS_BY_SOURCE, CASES_BY_FIELD).flatMap(java.util.List::stream).toList();

	/**
	 * The figures also kept by unit and month: the cases, by the month each was received, and the
	 * communication activities, by the month each was held.
	 */
	public static final java.util.List<String> BY_MONTH = java.util.List.of(CASES_RECEIVED, CASES_OPEN,
			CASES_SUCCESSFUL, CASES_UNSUCCESSFUL, CASES_WITHDRAWN, CASES_SENT_FOR_COURT_RECOGNITION,
			CASES_WITH_LEGAL_SUPPORT, COMMUNICATION_ACTIVITIES, COMMUNICATION_REACH, "casesFieldLand",
			"casesFieldMarriageAndFamily", "casesFieldNeighbours", "casesFieldCivil", "casesFieldMinorOffence",
			"casesFieldOther");

	/** The figure of cases received in a field: {@code LAND} → {@code casesFieldLand}. */
	public static String casesInField(String field) {
		return "casesField" + camel(field);
	}

	/** The figure of active trainers from a source: {@code JUDGE} → {@code trainersSourceJudge}. */
	public static String trainersFrom(String source) {
		return "trainersSource" + camel(source);
	}

	private static String camel(String constant) {
		StringBuilder name = new StringBuilder();
		for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
			name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return name.toString();
	}

	public Figures {
		counts = new TreeMap<>(counts);
	}

	public static Figures none() {
		return new Figures(new TreeMap<>());
	}

	public static Figures of(Map<String, Long> counts) {
		return new Figures(new TreeMap<>(counts));
	}

	public long get(String name) {
		return this.counts.getOrDefault(name, 0L);
	}

	public boolean isZero() {
		return this.counts.values().stream().allMatch((count) -> count == 0);
	}

	public Figures negated() {
		return none().minus(this);
	}

	public Figures plus(Figures other) {
		return combine(other, 1);
	}

	public Figures minus(Figures other) {
		return combine(other, -1);
	}

	private Figures combine(Figures other, int sign) {
		TreeMap<String, Long> result = new TreeMap<>(this.counts);
		other.counts.forEach((name, count) -> result.merge(name, sign * count, Long::sum));
		return new Figures(result);
	}

}
