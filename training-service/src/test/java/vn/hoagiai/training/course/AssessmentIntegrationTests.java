package vn.hoagiai.training.course;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Capacity assessments before and after a course: scores for the organisers, figures for everyone. */
class AssessmentIntegrationTests extends TrainingIntegrationTest {

	@SafeVarargs
	final JsonHttp.Answer assess(String courseId, String phase, Map<String, Object>... scores) {
		return this.fixtures.as("TRAINER", "540")
			.post("/api/training/courses/" + courseId + "/assessments", Map.of("phase", phase, "scores", List.of(scores)));
	}

	static Map<String, Object> score(String mediatorId, int score) {
		return Map.of("mediatorId", mediatorId, "score", score);
	}

	@Test
	void scoresBeforeAndAfterGiveTheCourseItsAverageGain() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));

		assess(courseId, "BEFORE", score(m.get(0), 40), score(m.get(1), 60));
		JsonHttp.Answer after = assess(courseId, "AFTER", score(m.get(0), 70), score(m.get(1), 55));

		assertThat(after.status()).as(after.text()).isEqualTo(200);
		var summary = this.fixtures.as("ANALYST", "52")
			.get("/api/training/courses/" + courseId + "/assessments/summary")
			.json();
		assertThat(summary.get("averageBefore").asDouble()).isEqualTo(50.0);
		assertThat(summary.get("averageAfter").asDouble()).isEqualTo(62.5);
		assertThat(summary.get("averageGain").asDouble()).isEqualTo(12.5);
		assertThat(summary.get("improved").asInt()).isEqualTo(1);
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId + "/assessments").json().get(0)
			.get("after")
			.asInt()).isEqualTo(70);
	}

	@Test
	void analystsSeeTheFiguresButNoOnesScore() throws Exception {
		String courseId = this.fixtures.openCourse(null, null);

		assertThat(this.fixtures.as("ANALYST", "52").get("/api/training/courses/" + courseId + "/assessments").status())
			.isEqualTo(403);
		assertThat(this.fixtures.as("COMMUNE_OFFICER", "21550")
			.get("/api/training/courses/" + courseId + "/assessments")
			.status()).isEqualTo(403);
		assertThat(this.fixtures.as("TRAINER", "542")
			.post("/api/training/courses/" + courseId + "/assessments",
					Map.of("phase", "BEFORE", "scores", List.of(score("x", 1))))
			.status()).isEqualTo(403);
	}

	@Test
	void aScoreAboveOneHundredIsRefusedAndNoScoreIsRecorded() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));

		JsonHttp.Answer refused = assess(courseId, "BEFORE", score(m.get(0), 80), score(m.get(1), 101));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("scores[1].score");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("Điểm phải từ 0 đến 100");
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId + "/assessments/summary")
			.json()
			.get("assessedBefore")
			.asInt()).isZero();
	}

	@Test
	void aScoreForAMediatorNotEnrolledIsRefused() throws Exception {
		String courseId = this.fixtures.openCourse(null, null);

		JsonHttp.Answer refused = assess(courseId, "BEFORE", score("stranger", 50));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("scores[0].mediatorId");
	}

	@Test
	void aNewScoreForTheSamePhaseReplacesTheOld() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0));

		assess(courseId, "BEFORE", score(m.get(0), 40));
		var summary = assess(courseId, "BEFORE", score(m.get(0), 45)).json();

		assertThat(summary.get("assessedBefore").asInt()).isEqualTo(1);
		assertThat(summary.get("averageBefore").asDouble()).isEqualTo(45.0);
	}

	@Test
	void theAfterAssessmentWaitsUntilTheCourseOpens() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));
		this.fixtures.enrol(courseId, m.get(0));

		JsonHttp.Answer refused = assess(courseId, "AFTER", score(m.get(0), 70));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("phase");
	}

}
