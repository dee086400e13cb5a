package vn.hoagiai.training.course;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventCodec;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.ParticipationState;
import vn.hoagiai.testsupport.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Only known mediators who still serve, from the organiser's area, up to the course's capacity. */
class EnrolmentIntegrationTests extends TrainingIntegrationTest {

	JsonHttp.Answer enrol(JsonHttp as, String courseId, String mediatorId) {
		return as.post("/api/training/courses/" + courseId + "/enrolments", Map.of("mediatorId", mediatorId));
	}

	@Test
	void anEnrolmentIsPublishedWithIdsAndUnitsAndNoName() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, 2));

		JsonHttp.Answer enrolled = enrol(this.fixtures.district, courseId, mediators.get(0));

		assertThat(enrolled.status()).isEqualTo(201);
		assertThat(enrolled.json().get("status").asString()).isEqualTo("ENROLLED");
		String key = courseId + ":" + mediators.get(0);
		await().untilAsserted(() -> {
			List<EventCodec.ReceivedEvent> events = this.fixtures.events(Topic.TRAINING_PARTICIPANTS, key);
			assertThat(events).extracting(EventCodec.ReceivedEvent::type).containsExactly(EventType.PARTICIPANT_ENROLLED);
			ParticipationState state = events.get(0).dataAs(ParticipationState.class);
			assertThat(state.communeCode()).isEqualTo("21550");
			assertThat(state.organiserUnitCode()).isEqualTo("540");
			assertThat(state.audience()).isEqualTo("MEDIATORS");
			assertThat(state.sessionsRequired()).isEqualTo(2);
			assertThat(state.version()).isEqualTo(1);
		});
	}

	@Test
	void enrollingAnUnknownMediatorIsRefused() {
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		JsonHttp.Answer refused = enrol(this.fixtures.district, courseId, "nobody-we-know");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Không tìm thấy hòa giải viên có mã nobody-we-know trong danh sách tổ hòa giải");
	}

	@Test
	void enrollingADismissedMediatorIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		JsonHttp.Answer refused = enrol(this.fixtures.district, courseId, mediators.get(1));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Hòa giải viên " + mediators.get(1) + " đã thôi làm hòa giải viên, không thể ghi danh");
	}

	@Test
	void enrollingPastCapacityIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 3);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(2, null));
		this.fixtures.enrol(courseId, mediators.get(0), mediators.get(1));

		JsonHttp.Answer refused = enrol(this.fixtures.district, courseId, mediators.get(2));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Lớp đã đủ 2 học viên, không thể ghi danh thêm");
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId + "/enrolments").json()).hasSize(2);
	}

	@Test
	void enrollingTheSameMediatorTwiceChangesNothing() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));
		this.fixtures.enrol(courseId, mediators.get(0));

		JsonHttp.Answer again = enrol(this.fixtures.district, courseId, mediators.get(0));

		assertThat(again.status()).isEqualTo(200);
		assertThat(this.fixtures.district.get("/api/training/courses/" + courseId).json().get("enrolled").asInt())
			.isEqualTo(1);
	}

	@Test
	void enrollingAMediatorFromOutsideTheOrganisersAreaIsRefused() throws Exception {
		List<String> anLao = this.fixtures.mediators("21609", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		JsonHttp.Answer refused = enrol(this.fixtures.as("PROVINCE_ADMIN", "52"), courseId, anLao.get(0));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("mediatorId");
	}

	@Test
	void enrollingInACancelledCourseIsRefused() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));
		this.fixtures.status(courseId, "CANCELLED");

		JsonHttp.Answer refused = enrol(this.fixtures.district, courseId, mediators.get(0));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
	}

	@Test
	void aCommuneOfficerSendsTheirOwnMediatorsToADistrictCourseButNoOneElses() throws Exception {
		List<String> nhonBinh = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		assertThat(enrol(this.fixtures.as("COMMUNE_OFFICER", "21553"), courseId, nhonBinh.get(0)).status()).isEqualTo(403);
		assertThat(enrol(this.fixtures.as("COMMUNE_OFFICER", "21550"), courseId, nhonBinh.get(0)).status()).isEqualTo(201);
		assertThat(this.fixtures.as("COMMUNE_OFFICER", "21553").get("/api/training/courses/" + courseId + "/enrolments")
			.json()).isEmpty();
		assertThat(this.fixtures.as("COMMUNE_OFFICER", "21550").get("/api/training/courses/" + courseId + "/enrolments")
			.json()).hasSize(1);
	}

	@Test
	void trainersAndAnalystsDoNotEnrolAndAnalystsSeeNoParticipants() throws Exception {
		List<String> mediators = this.fixtures.mediators("21550", 1);
		String courseId = this.fixtures.plan(this.fixtures.courseWithThreeSessions(null, null));

		assertThat(enrol(this.fixtures.as("TRAINER", "540"), courseId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(enrol(this.fixtures.as("ANALYST", "52"), courseId, mediators.get(0)).status()).isEqualTo(403);
		assertThat(this.fixtures.as("ANALYST", "52").get("/api/training/courses/" + courseId + "/enrolments").status())
			.isEqualTo(403);
	}

}
