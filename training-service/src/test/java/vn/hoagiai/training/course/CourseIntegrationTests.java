package vn.hoagiai.training.course;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.CourseState;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A course's place, topics, trainers, capacity and sessions, and its moves PLANNED → OPEN → HELD or CANCELLED. */
class CourseIntegrationTests extends TrainingIntegrationTest {

	@Test
	void aCourseIsPlannedWithItsPlaceTopicsTrainersAndSessionsBesideTheOriginalFields() {
		JsonHttp.Answer planned = this.fixtures.district.post("/api/training/courses",
				this.fixtures.courseWithThreeSessions(40, 2));

		assertThat(planned.status()).isEqualTo(201);
		var course = planned.json();
		assertThat(course.get("organiserUnitCode").asString()).isEqualTo("540");
		assertThat(course.get("title").asString()).isEqualTo("Tập huấn kỹ năng hòa giải ở cơ sở");
		assertThat(course.get("audience").asString()).isEqualTo("MEDIATORS");
		assertThat(course.get("status").asString()).isEqualTo("PLANNED");
		assertThat(course.get("version").asLong()).isEqualTo(1);
		assertThat(course.get("place").asString()).isEqualTo("Hội trường UBND thành phố Quy Nhơn");
		assertThat(course.get("topics")).hasSize(2);
		assertThat(course.get("trainerIds").get(0).asString()).isEqualTo("trainer-1");
		assertThat(course.get("capacity").asInt()).isEqualTo(40);
		assertThat(course.get("requiredSessions").asInt()).isEqualTo(2);
		assertThat(course.get("sessions").findValuesAsString("id")).containsExactly("s1", "s2", "s3");
		String id = course.get("id").asString();
		assertThat(this.fixtures.as("ANALYST", "52").get("/api/training/courses/" + id).json().get("sessions"))
			.hasSize(3);
	}

	@Test
	void analystsReadACourseWithoutItsTrainers() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		var seen = this.fixtures.as("ANALYST", "52").get("/api/training/courses/" + id).json();

		assertThat(seen.get("trainerIds")).isEmpty();
		assertThat(seen.get("title").asString()).isEqualTo("Tập huấn kỹ năng hòa giải ở cơ sở");
		assertThat(this.fixtures.as("TRAINER", "542").get("/api/training/courses/" + id).json().get("trainerIds"))
			.hasSize(1);
	}

	@Test
	void aCourseMovesFromPlannedToOpenToHeldAndEveryMoveIsPublished() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		assertThat(this.fixtures.status(id, "OPEN").json().get("status").asString()).isEqualTo("OPEN");
		assertThat(this.fixtures.status(id, "HELD").json().get("status").asString()).isEqualTo("HELD");

		await().untilAsserted(() -> {
			List<EventCodec.ReceivedEvent> events = this.fixtures.events(Topic.TRAINING_COURSES, id);
			assertThat(events).extracting(EventCodec.ReceivedEvent::type)
				.containsExactly(EventType.COURSE_SCHEDULED, EventType.COURSE_CHANGED, EventType.COURSE_CHANGED);
			assertThat(events).extracting((e) -> e.dataAs(CourseState.class).status())
				.containsExactly("PLANNED", "OPEN", "HELD");
			assertThat(events).extracting((e) -> e.dataAs(CourseState.class).version()).containsExactly(1L, 2L, 3L);
		});
	}

	@Test
	void aHeldCourseCannotBeCancelled() {
		String id = this.fixtures.openCourse(null, null);
		this.fixtures.status(id, "HELD");

		JsonHttp.Answer refused = this.fixtures.status(id, "CANCELLED");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Không thể chuyển lớp từ trạng thái Đã tổ chức sang Đã hủy");
	}

	@Test
	void aPlannedCourseCannotBeHeldWithoutOpening() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		JsonHttp.Answer refused = this.fixtures.status(id, "HELD");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void aCourseWithoutSessionsCannotOpen() {
		Map<String, Object> course = this.fixtures.courseWithThreeSessions(null, null);
		course.remove("sessions");
		String id = this.fixtures.plan(course);

		JsonHttp.Answer refused = this.fixtures.status(id, "OPEN");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sessions");
	}

	@Test
	void aSessionIsAddedWithinTheCourseAndRefusedOutsideIt() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		JsonHttp.Answer added = this.fixtures.district.post("/api/training/courses/" + id + "/sessions",
				Map.of("date", TrainingFixtures.TODAY.toString(), "title", "Buổi thực hành"));
		JsonHttp.Answer refused = this.fixtures.district.post("/api/training/courses/" + id + "/sessions",
				Map.of("date", TrainingFixtures.TODAY.plusDays(1).toString(), "title", "Buổi ngoài thời gian lớp"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("id").asString()).isEqualTo("s4");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
	}

	@Test
	void aMinimumAboveTheNumberOfSessionsIsRefused() {
		JsonHttp.Answer refused = this.fixtures.district.post("/api/training/courses",
				this.fixtures.courseWithThreeSessions(null, 4));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("minimumSessions");
	}

	@Test
	void anOnlineLinkThatIsNotHttpsIsRefusedNamingTheField() {
		Map<String, Object> course = this.fixtures.courseWithThreeSessions(null, null);
		course.put("onlineLink", "javascript:alert(1)");

		JsonHttp.Answer refused = this.fixtures.district.post("/api/training/courses", course);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("onlineLink");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Đường dẫn học trực tuyến phải là địa chỉ https://");
	}

	@Test
	void aCapacityAboveFiveHundredIsRefused() {
		JsonHttp.Answer refused = this.fixtures.district.post("/api/training/courses",
				this.fixtures.courseWithThreeSessions(501, null));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("capacity");
	}

	@Test
	void onlyTheOrganisingUnitsOfficersMoveACourseOrAddSessions() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		assertThat(this.fixtures.as("DISTRICT_OFFICER", "542")
			.post("/api/training/courses/" + id + "/status", Map.of("status", "OPEN"))
			.status()).isEqualTo(403);
		assertThat(this.fixtures.as("COMMUNE_OFFICER", "21550")
			.post("/api/training/courses/" + id + "/status", Map.of("status", "OPEN"))
			.status()).isEqualTo(403);
		assertThat(this.fixtures.as("TRAINER", "540")
			.post("/api/training/courses/" + id + "/sessions", Map.of("date", TrainingFixtures.TODAY.toString(), "title", "x"))
			.status()).isEqualTo(403);
		assertThat(this.fixtures.as("PROVINCE_ADMIN", "52")
			.post("/api/training/courses/" + id + "/status", Map.of("status", "CANCELLED"))
			.status()).isEqualTo(200);
	}

	@Test
	void everyOtherEndpointStillNeedsALogin() {
		String id = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		assertThat(this.fixtures.anonymous().get("/api/training/courses/" + id).status()).isEqualTo(401);
		assertThat(this.fixtures.anonymous()
			.post("/api/training/courses/" + id + "/status", Map.of("status", "OPEN"))
			.status()).isEqualTo(401);
	}

}
