package vn.hoagiai.registry.team;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoagiai.contracts.events.Gender;

import static org.assertj.core.api.Assertions.assertThat;

/** Art. 12 of the Law on Grassroots Mediation, rule by rule. */
class ComplianceTests {

	static TeamMediator mediator(Gender gender, String ethnicity, boolean leader) {
		return TeamMediator.recognised("m", "Tên", gender, 1970, ethnicity, leader, List.of(), null, Instant.now());
	}

	@Test
	void threeMediatorsWithAWomanAndALeaderComply() {
		Compliance compliance = Compliance.evaluate(List.of(mediator(Gender.FEMALE, "Kinh", true),
				mediator(Gender.MALE, "Kinh", false), mediator(Gender.MALE, "Kinh", false)), false);

		assertThat(compliance.compliant()).isTrue();
		assertThat(compliance.reasons()).isEmpty();
	}

	@Test
	void fewerThanThreeMediatorsDoNotComply() {
		Compliance compliance = Compliance.evaluate(
				List.of(mediator(Gender.FEMALE, "Kinh", true), mediator(Gender.MALE, "Kinh", false)), false);

		assertThat(compliance.reasons()).containsExactly("Tổ hòa giải có ít hơn 3 hòa giải viên");
	}

	@Test
	void aTeamWithoutAWomanDoesNotComply() {
		Compliance compliance = Compliance.evaluate(List.of(mediator(Gender.MALE, "Kinh", true),
				mediator(Gender.MALE, "Kinh", false), mediator(Gender.MALE, "Kinh", false)), false);

		assertThat(compliance.reasons()).containsExactly("Thiếu hòa giải viên nữ");
	}

	@Test
	void whereManyEthnicMinorityResidentsLiveTheTeamNeedsAnEthnicMinorityMediator() {
		List<TeamMediator> allKinh = List.of(mediator(Gender.FEMALE, "Kinh", true), mediator(Gender.MALE, "Kinh", false),
				mediator(Gender.MALE, "Kinh", false));
		List<TeamMediator> withBaNa = List.of(mediator(Gender.FEMALE, "Kinh", true),
				mediator(Gender.MALE, "Ba Na", false), mediator(Gender.MALE, "Kinh", false));

		assertThat(Compliance.evaluate(allKinh, true).reasons())
			.containsExactly("Thiếu hòa giải viên là người dân tộc thiểu số");
		assertThat(Compliance.evaluate(allKinh, false).compliant()).isTrue();
		assertThat(Compliance.evaluate(withBaNa, true).compliant()).isTrue();
	}

	@Test
	void aTeamWithoutAnElectedLeaderDoesNotComply() {
		Compliance compliance = Compliance.evaluate(List.of(mediator(Gender.FEMALE, "Kinh", false),
				mediator(Gender.MALE, "Kinh", false), mediator(Gender.MALE, "Kinh", false)), false);

		assertThat(compliance.reasons()).containsExactly("Chưa có tổ trưởng tổ hòa giải");
	}

}
