package vn.hoagiai.reporting.plan;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PlanTasksTests {

	@Test
	void thePlanHasNineTasksAndProgressIsReportedOnTasksWithoutPartsOrOnTheirLetteredParts() {
		PlanTasks tasks = PlanTasks.load();

		assertThat(tasks.plan().tasks()).hasSize(9);
		assertThat(tasks.plan().plan()).contains("123/KH-UBND");
		assertThat(tasks.reportableCodes()).containsExactly("1", "2a", "2b", "2c", "3a", "3b", "3c", "4", "5", "6a", "6b",
				"7", "8", "9");
		PlanTasks.Part districtTrainers = tasks.plan().tasks().get(1).parts().get(0);
		assertThat(districtTrainers.lead()).containsExactly("Sở Tư pháp (tập huấn viên cấp tỉnh)",
				"UBND cấp huyện (tập huấn viên cấp huyện)");
		assertThat(tasks.plan().tasks().get(4).lead()).containsExactly("Sở Tài chính", "Sở Tư pháp");
		assertThat(tasks.titleOf("3a")).hasValueSatisfying((title) -> assertThat(title).contains("đủ số lượng, thành phần"));
	}

	@Test
	void aPartThatDoesNotBelongToItsTaskStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> PlanTasks.parse(new ByteArrayInputStream("""
				{"plan": "p", "title": "t", "tasks": [
				  {"code": "2", "title": "Hai", "parts": [
				    {"code": "3a", "title": "x", "lead": ["Sở Tư pháp"], "coordinating": [], "timeFrame": "Năm 2024"}]}
				]}""".getBytes(StandardCharsets.UTF_8)))).withMessageContaining("part 3a is not a lettered part of task 2");
	}

}
