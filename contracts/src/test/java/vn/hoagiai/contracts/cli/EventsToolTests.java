package vn.hoagiai.contracts.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The publishing tool checks before it sends; these cases never reach Kafka. */
class EventsToolTests {

	@TempDir
	Path folder;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return new EventsTool(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8)).run(args);
	}

	Path file(String json) throws Exception {
		return Files.writeString(this.folder.resolve("case.json"), json);
	}

	@Test
	void aValidCaseIsValidAndItsKeyIsItsCaseId() throws Exception {
		Path file = file("""
				{"caseId": "540-2026-0001", "version": 1, "communeCode": "21550", "field": "LAND",
				 "receivedOn": "2026-03-02", "status": "RECEIVED"}""");

		assertThat(run("validate", "--type", "vn.hoagiai.district.case.received.v1", "--file", file.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Hợp lệ").contains("key 540-2026-0001");
	}

	@Test
	void anInvalidCaseIsRefusedWithEveryProblemAndNothingIsSent() throws Exception {
		Path file = file("""
				{"caseId": "540-2026-0001", "version": 0, "communeCode": "2155", "field": "LAND",
				 "receivedOn": "2026-03-02", "status": "RECEIVED"}""");

		int status = run("publish", "--type", "vn.hoagiai.district.case.received.v1", "--file", file.toString(),
				"--bootstrap-server", "localhost:1");

		assertThat(status).isEqualTo(EventsTool.INVALID);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("không hợp lệ").contains("version")
			.contains("communeCode");
	}

	@Test
	void impossibleDatesAreRefusedBeforeSending() throws Exception {
		Path file = file("""
				{"caseId": "c-7", "version": 2, "communeCode": "21550", "field": "LAND",
				 "receivedOn": "2026-03-02", "status": "SUCCESSFUL", "closedOn": "2026-03-01"}""");

		assertThat(run("validate", "--type", "vn.hoagiai.district.case.closed.v1", "--file", file.toString()))
			.isEqualTo(EventsTool.INVALID);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("closedOn 2026-03-01 is before receivedOn");
	}

	@Test
	void anUnknownTypeIsRefusedAndTheKnownOnesAreListed() throws Exception {
		assertThat(run("validate", "--type", "vn.hoagiai.district.case.lost.v1", "--file", "x.json"))
			.isEqualTo(EventsTool.INVALID);
		assertThat(run("types")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("vn.hoagiai.district.case.closed.v1")
			.contains("district.mediation-cases");
	}

}
