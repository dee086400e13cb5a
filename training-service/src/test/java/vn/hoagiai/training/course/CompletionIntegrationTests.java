package vn.hoagiai.training.course;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.testsupport.JsonHttp;
import vn.hoagiai.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Completion by the course's minimum of sessions, its event, and a certificate anyone can verify. */
class CompletionIntegrationTests extends TrainingIntegrationTest {

	@Test
	void aMediatorWhoAttendsTheMinimumCompletesAndGetsACertificateAnyoneCanVerify() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, 2);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));
		this.fixtures.attend(courseId, "s1", m.get(0), m.get(1));
		this.fixtures.attend(courseId, "s2", m.get(0));
		String certificatePath = "/api/training/courses/" + courseId + "/enrolments/" + m.get(0) + "/certificate";
		String token = TestTokens.get().token("DISTRICT_OFFICER", "540");
		assertThat(this.fixtures.download(certificatePath, token).status()).as("no certificate before the course is held")
			.isEqualTo(404);

		this.fixtures.status(courseId, "HELD");

		var participants = this.fixtures.district.get("/api/training/courses/" + courseId + "/enrolments").json();
		assertThat(participants.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(participants.get(0).get("completedOn").asString()).isEqualTo(TrainingFixtures.TODAY.minusDays(1).toString());
		assertThat(participants.get(1).get("status").asString()).isEqualTo("ENROLLED");
		assertThat(participants.get(1).get("certificateCode").isNull()).isTrue();
		String code = participants.get(0).get("certificateCode").asString();
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

		JsonHttp.Download pdf = this.fixtures.download(certificatePath, token);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("GIẤY CHỨNG NHẬN", "Hòa giải viên mã " + m.get(0), "Phường Nhơn Bình",
					"Tập huấn kỹ năng hòa giải ở cơ sở", "Mã xác minh: " + code)
				.as("the page a person opens to check it, not the API")
				.contains("http://localhost:8080/#/kiem-tra-chung-nhan/" + code);
		}

		JsonHttp.Answer verified = this.fixtures.anonymous().get("/api/training/certificates/" + code);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.json().get("genuine").asBoolean()).isTrue();
		assertThat(verified.json().get("mediatorId").asString()).isEqualTo(m.get(0));
		assertThat(verified.json().get("courseTitle").asString()).isEqualTo("Tập huấn kỹ năng hòa giải ở cơ sở");
		assertThat(verified.json().get("organiserName").asString()).isEqualTo("Thành phố Quy Nhơn");
	}

	@Test
	void completionIsPublishedForTheRollupOnceAndShortfallsAreNot() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 2);
		String courseId = this.fixtures.openCourse(null, 2);
		this.fixtures.enrol(courseId, m.get(0), m.get(1));
		this.fixtures.attend(courseId, "s1", m.get(0), m.get(1));
		this.fixtures.attend(courseId, "s2", m.get(0));
		this.fixtures.attend(courseId, "s3", m.get(0));

		await().untilAsserted(() -> {
			List<EventCodec.ReceivedEvent> completed = this.fixtures.events(Topic.TRAINING_PARTICIPANTS,
					courseId + ":" + m.get(0));
			assertThat(completed).extracting(EventCodec.ReceivedEvent::type)
				.containsExactly(EventType.PARTICIPANT_ENROLLED, EventType.PARTICIPANT_ATTENDED,
						EventType.PARTICIPANT_COMPLETED, EventType.PARTICIPANT_ATTENDED);
			ParticipationState last = completed.get(3).dataAs(ParticipationState.class);
			assertThat(last.status()).isEqualTo("COMPLETED");
			assertThat(last.sessionsAttended()).isEqualTo(3);
			assertThat(last.version()).isEqualTo(4);
			List<EventCodec.ReceivedEvent> shortOf = this.fixtures.events(Topic.TRAINING_PARTICIPANTS,
					courseId + ":" + m.get(1));
			assertThat(shortOf).extracting((e) -> e.dataAs(ParticipationState.class).status())
				.containsExactly("ENROLLED", "ENROLLED");
		});
	}

	@Test
	void aMediatorShortOfTheMinimumHasNoCertificate() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0));
		this.fixtures.attend(courseId, "s1", m.get(0));
		this.fixtures.status(courseId, "HELD");

		JsonHttp.Download refused = this.fixtures.download(
				"/api/training/courses/" + courseId + "/enrolments/" + m.get(0) + "/certificate",
				TestTokens.get().token("DISTRICT_OFFICER", "540"));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(JsonHttp.parse(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).get("detail")
			.asString()).contains("tham dự đủ 3 buổi");
	}

	@Test
	void aSignInSheetArrivingAfterTheCourseWasHeldStillIssuesTheCertificate() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, 1);
		this.fixtures.enrol(courseId, m.get(0));
		this.fixtures.status(courseId, "HELD");

		JsonHttp.Answer imported = this.fixtures.upload("/api/training/courses/" + courseId + "/attendance/import?dryRun=false",
				"late.csv", ("mediatorId,sessionId\n" + m.get(0) + ",s1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
				TestTokens.get().token("DISTRICT_OFFICER", "540"));

		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		String code = this.fixtures.district.get("/api/training/courses/" + courseId + "/enrolments")
			.json()
			.get(0)
			.get("certificateCode")
			.asString();
		assertThat(this.fixtures.anonymous().get("/api/training/certificates/" + code).status()).isEqualTo(200);
	}

	@Test
	void aCodeNoCertificateCarriesIsNotGenuine() {
		JsonHttp.Answer unknown = this.fixtures.anonymous().get("/api/training/certificates/ABCD-EFGH-JKMN");
		JsonHttp.Answer malformed = this.fixtures.anonymous().get("/api/training/certificates/%24where");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.json().get("detail").asString())
			.isEqualTo("Mã xác minh ABCD-EFGH-JKMN không đúng: không có giấy chứng nhận nào mang mã này");
		assertThat(malformed.status()).isEqualTo(404);
	}

	@Test
	void cancellingACourseCancelsItsParticipations() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, null);
		this.fixtures.enrol(courseId, m.get(0));

		this.fixtures.status(courseId, "CANCELLED");

		await().untilAsserted(() -> assertThat(this.fixtures.events(Topic.TRAINING_PARTICIPANTS, courseId + ":" + m.get(0)))
			.extracting((e) -> e.type() + " " + e.dataAs(ParticipationState.class).status())
			.containsExactly(EventType.PARTICIPANT_ENROLLED + " ENROLLED", EventType.PARTICIPANT_CHANGED + " CANCELLED"));
	}

	@Test
	void certificatesAreForTheOrganisingUnitAndTheMediatorsOwnUnit() throws Exception {
		List<String> m = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.openCourse(null, 1);
		this.fixtures.enrol(courseId, m.get(0));
		this.fixtures.attend(courseId, "s1", m.get(0));
		this.fixtures.status(courseId, "HELD");
		String path = "/api/training/courses/" + courseId + "/enrolments/" + m.get(0) + "/certificate";

		assertThat(this.fixtures.download(path, TestTokens.get().token("COMMUNE_OFFICER", "21550")).status())
			.isEqualTo(200);
		assertThat(this.fixtures.download(path, TestTokens.get().token("COMMUNE_OFFICER", "21553")).status())
			.isEqualTo(403);
		assertThat(this.fixtures.download(path, TestTokens.get().token("ANALYST", "52")).status()).isEqualTo(403);
	}

}
