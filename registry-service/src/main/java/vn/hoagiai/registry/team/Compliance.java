package vn.hoagiai.registry.team;

import java.util.ArrayList;
import java.util.List;

import vn.hoagiai.contracts.events.Gender;

/**
 * Whether a team meets Art. 12 of the Law on Grassroots Mediation ("đủ số lượng, thành phần"), and
 * if not, why, in the words officials use.
 *
 * @param compliant true when every rule holds
 * @param reasons the rules that do not hold, empty when compliant
 */
public record Compliance(boolean compliant, List<String> reasons) {

	static final int MINIMUM_MEDIATORS = 3;

	static final String TOO_FEW = "Tổ hòa giải có ít hơn 3 hòa giải viên";

	static final String NO_WOMAN = "Thiếu hòa giải viên nữ";

	static final String NO_ETHNIC_MINORITY = "Thiếu hòa giải viên là người dân tộc thiểu số";

	static final String NO_LEADER = "Chưa có tổ trưởng tổ hòa giải";

	public Compliance {
		reasons = List.copyOf(reasons);
	}

	static Compliance evaluate(List<TeamMediator> serving, boolean manyEthnicMinorityResidents) {
		List<String> reasons = new ArrayList<>();
		if (serving.size() < MINIMUM_MEDIATORS) {
			reasons.add(TOO_FEW);
		}
		if (serving.stream().noneMatch((mediator) -> mediator.gender() == Gender.FEMALE)) {
			reasons.add(NO_WOMAN);
		}
		if (manyEthnicMinorityResidents && serving.stream().noneMatch(TeamMediator::ethnicMinority)) {
			reasons.add(NO_ETHNIC_MINORITY);
		}
		if (serving.stream().noneMatch(TeamMediator::leader)) {
			reasons.add(NO_LEADER);
		}
		return new Compliance(reasons.isEmpty(), reasons);
	}

}
