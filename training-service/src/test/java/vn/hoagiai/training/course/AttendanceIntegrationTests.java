package vn.hoagiai.training.course;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance by hand and by QR code: per session, once per mediator, only for enrolled mediators. */
class AttendanceIntegrationTests extends TrainingIntegrationTest {

	JsonHttp.Answer attendance(String courseId, String sessionId) {
		return this.fixtures.district.get("/api/training/courses/" + courseId + "/sessions/" + sessionId + "/attendance");
	}

	@Test
	void attendanceRecordedTwiceIsCountedOnce() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0), mediators.get(1));

		JsonHttp.Answer first = this.fixtures.attend(courseId, "s1", mediators.get(0), mediators.get(1), mediators.get(0));
		JsonHttp.Answer second = this.fixtures.attend(courseId, "s1", mediators.get(0));

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(first.json().get("alreadyRecorded").asInt()).isEqualTo(1);
		assertThat(second.json().get("recorded").asInt()).isZero();
		assertThat(second.json().get("attended").asInt()).isEqualTo(2);
		assertThat(attendance(courseId, "s1").json().get("attendees")).hasSize(2);
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId + "/enrolments")
			.json()
			.findValues("sessionsAttended")).allSatisfy((n) -> assertThat(n.asInt()).isEqualTo(1));
	}

	@Test
	void attendanceForASessionThatDoesNotExistIsAProblem() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));

		JsonHttp.Answer refused = this.fixtures.attend(courseId, "s9", mediators.get(0));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("Lớp tập huấn " + courseId + " không có buổi học mã s9");
	}

	@Test
	void oneMediatorNotEnrolledRecordsNoneOfTheList() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));

		JsonHttp.Answer refused = this.fixtures.attend(courseId, "s1", mediators.get(0), mediators.get(1));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorIds[1]");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Hòa giải viên " + mediators.get(1) + " chưa được ghi danh vào lớp");
		assertThat(attendance(courseId, "s1").json().get("attendees")).isEmpty();
	}

	@Test
	void attendanceForASessionStillToComeIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		Map<String, Object> course = this.fixtures.courseWithThreeSessions(null, null);
		course.put("endDate", TrainingFixtures.TODAY.plusDays(3).toString());
		course.put("sessions", List.of(Map.of("date", TrainingFixtures.TODAY.plusDays(3).toString(), "title", "Buổi sau")));
		String courseId = this.fixtures.plan(course);
		this.fixtures.status(courseId, "OPEN");
		this.fixtures.enrol(courseId, mediators.get(0));

		JsonHttp.Answer refused = this.fixtures.attend(courseId, "s1", mediators.get(0));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).endsWith("chưa diễn ra");
	}

	@Test
	void attendanceOfACourseNotYetOpenIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));
		this.fixtures.enrol(courseId, mediators.get(0));

		JsonHttp.Answer refused = this.fixtures.attend(courseId, "s1", mediators.get(0));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void aPhoneChecksInWithTheSessionsQrTokenWithoutLoggingIn() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));
		JsonHttp.Answer issued = this.fixtures.as("TRAINER", "540")
			.get("/api/training/courses/" + courseId + "/sessions/s2/check-in-token");
		assertThat(issued.status()).isEqualTo(200);
		String token = issued.json().get("token").asString();

		JsonHttp.Answer checkedIn = this.fixtures.anonymous()
			.post("/api/training/check-in", Map.of("token", token, "mediatorId", mediators.get(0)));
		JsonHttp.Answer again = this.fixtures.anonymous()
			.post("/api/training/check-in", Map.of("token", token, "mediatorId", mediators.get(0)));

		assertThat(checkedIn.status()).as(checkedIn.text()).isEqualTo(200);
		assertThat(checkedIn.json().get("alreadyRecorded").asBoolean()).isFalse();
		assertThat(again.json().get("alreadyRecorded").asBoolean()).isTrue();
		assertThat(attendance(courseId, "s2").json().get("attendees")).hasSize(1);
		assertThat(attendance(courseId, "s2").json().get("attendees").get(0).get("method").asString())
			.isEqualTo("QR_CODE");
	}

	@Test
	void aForgedQrTokenIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));
		String token = this.fixtures.district.get("/api/training/courses/" + courseId + "/sessions/s1/check-in-token")
			.json()
			.get("token")
			.asString();
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		String otherSession = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("|s1|", "|s2|").getBytes(StandardCharsets.UTF_8));

		JsonHttp.Answer altered = this.fixtures.anonymous()
			.post("/api/training/check-in", Map.of("token", otherSession + "." + parts[1], "mediatorId", mediators.get(0)));
		JsonHttp.Answer made = this.fixtures.anonymous()
			.post("/api/training/check-in", Map.of("token", parts[0] + ".AAAA", "mediatorId", mediators.get(0)));

		for (JsonHttp.Answer refused : List.of(altered, made)) {
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
			assertThat(refused.json().get("errors").get(0).get("message").asString())
				.isEqualTo("Mã QR không hợp lệ hoặc đã hết hạn, hãy quét lại mã đang hiển thị");
		}
		assertThat(attendance(courseId, "s2").json().get("attendees")).isEmpty();
	}

	@Test
	void aQrCheckInOfAMediatorNotEnrolledIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));
		String token = this.fixtures.district.get("/api/training/courses/" + courseId + "/sessions/s1/check-in-token")
			.json()
			.get("token")
			.asString();

		JsonHttp.Answer refused = this.fixtures.anonymous()
			.post("/api/training/check-in", Map.of("token", token, "mediatorId", mediators.get(1)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
	}

	@Test
	void attendanceIsTakenByTheOrganisingUnitAndItsTrainersOnly() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.get(0));
		Map<String, Object> body = Map.of("mediatorIds", List.of(mediators.get(0)));
		String path = "/api/training/courses/" + courseId + "/sessions/s1/attendance";

		assertThat(this.fixtures.as("TRAINER", "542").post(path, body).status()).isEqualTo(403);
		assertThat(this.fixtures.as("COMMUNE_OFFICER", "21550").post(path, body).status()).isEqualTo(403);
		assertThat(this.fixtures.as("ANALYST", "52").post(path, body).status()).isEqualTo(403);
		assertThat(this.fixtures.as("ANALYST", "52").get(path).status()).isEqualTo(403);
		assertThat(this.fixtures.as("DISTRICT_OFFICER", "542")
			.get("/api/training/courses/" + courseId + "/sessions/s1/check-in-token")
			.status()).isEqualTo(403);
		assertThat(this.fixtures.as("TRAINER", "540").post(path, body).status()).isEqualTo(200);
	}

	@Test
	void phonesCheckingInAllAtOnceAreEveryoneCountedOnce() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 30).subList(0, 30);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, mediators.toArray(String[]::new));
		String token = this.fixtures.district.get("/api/training/courses/" + courseId + "/sessions/s3/check-in-token")
			.json()
			.get("token")
			.asString();

		List<java.util.concurrent.Callable<Integer>> phones = new java.util.ArrayList<>();
		for (String mediatorId : mediators) {
			phones.add(() -> this.fixtures.anonymous()
				.post("/api/training/check-in", Map.of("token", token, "mediatorId", mediatorId))
				.status());
			phones.add(() -> this.fixtures.anonymous()
				.post("/api/training/check-in", Map.of("token", token, "mediatorId", mediatorId))
				.status());
		}
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
		try {
			for (java.util.concurrent.Future<Integer> answer : pool.invokeAll(phones)) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(attendance(courseId, "s3").json().get("attendees")).hasSize(30);
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId).json().get("sessions").get(2)
			.get("attended")
			.asInt()).isEqualTo(30);
	}

}
