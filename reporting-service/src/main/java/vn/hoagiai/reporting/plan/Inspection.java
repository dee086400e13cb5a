package vn.hoagiai.reporting.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.reporting.web.Problems;

/**
 * An inspection, survey or supervision of how a unit carries out the plan (task 9: kiểm tra, khảo sát
 * việc triển khai thực hiện), by a unit above it: what was found and what was recommended, each
 * recommendation with how the inspected unit has followed it up.
 *
 * @param id a random identifier
 * @param inspectedUnitCode the unit inspected (đơn vị được kiểm tra)
 * @param lineage the inspected unit and the units above it, so a district lists its communes' inspections
 * @param inspectingUnitCode the unit that inspected (đơn vị kiểm tra), always above the inspected one
 * @param date the day of the inspection
 * @param year its year
 * @param kind inspection, survey or supervision
 * @param findings what was found (kết quả kiểm tra)
 * @param recommendations what was recommended (kiến nghị), numbered from 1 in this order
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param version increases with every change; the ETag
 */
@Document("planInspections")
record Inspection(@Id String id, String inspectedUnitCode, List<String> lineage, String inspectingUnitCode,
		LocalDate date, int year, Kind kind, String findings, List<Recommendation> recommendations, String recordedBy,
		Instant recordedAt, long version) {

	Inspection {
		lineage = List.copyOf(lineage);
		recommendations = List.copyOf(recommendations);
	}

	/** What kind of visit it was. */
	enum Kind {

		INSPECTION("Kiểm tra"),

		SURVEY("Khảo sát"),

		SUPERVISION("Giám sát");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/** In Vietnamese. */
		String label() {
			return this.label;
		}

	}

	/** How far a recommendation has been carried out. */
	enum FollowUp {

		OPEN("Chưa thực hiện"),

		IN_PROGRESS("Đang thực hiện"),

		DONE("Đã thực hiện xong");

		private final String label;

		FollowUp(String label) {
			this.label = label;
		}

		/** In Vietnamese. */
		String label() {
			return this.label;
		}

	}

	/**
	 * A recommendation and its follow-up.
	 *
	 * @param text what was recommended
	 * @param status how far it is carried out
	 * @param note what was done, in the unit's words
	 * @param date the day the follow-up was reported on (null while nothing was reported)
	 * @param updatedBy who last recorded the follow-up
	 * @param updatedAt when
	 */
	record Recommendation(String text, FollowUp status, @Nullable String note, @Nullable LocalDate date,
			@Nullable String updatedBy, @Nullable Instant updatedAt) {

		static Recommendation open(String text) {
			return new Recommendation(text, FollowUp.OPEN, null, null, null, null);
		}

	}

	/** A new inspection, its recommendations all open (version 0: not stored yet). */
	static Inspection recorded(String id, String inspectedUnitCode, List<String> lineage, String inspectingUnitCode,
			LocalDate date, Kind kind, String findings, List<String> recommendations, String by, Instant at) {
		return new Inspection(id, inspectedUnitCode, lineage, inspectingUnitCode, date, date.getYear(), kind, findings,
				recommendations.stream().map(Recommendation::open).toList(), by, at, 0);
	}

	/**
	 * Records how recommendation {@code number} (from 1) has been followed up. The version stays the one
	 * read: the store raises it when it writes.
	 */
	Inspection followUp(int number, FollowUp status, @Nullable String note, LocalDate date, String by, Instant at) {
		requireRecommendation(number);
		List<Recommendation> changed = new ArrayList<>(this.recommendations);
		changed.set(number - 1, new Recommendation(this.recommendations.get(number - 1).text(), status, note, date, by, at));
		return new Inspection(this.id, this.inspectedUnitCode, this.lineage, this.inspectingUnitCode, this.date, this.year,
				this.kind, this.findings, changed, this.recordedBy, this.recordedAt, this.version);
	}

	/** Refuses (404, naming {@code n}) a recommendation number this inspection does not have. */
	void requireRecommendation(int number) {
		if (number < 1 || number > this.recommendations.size()) {
			throw Problems.notFound("n", (this.recommendations.isEmpty())
					? "Cuộc kiểm tra này không có kiến nghị nào."
					: "Không có kiến nghị số " + number + "; cuộc kiểm tra này có " + this.recommendations.size()
							+ " kiến nghị, đánh số từ 1 đến " + this.recommendations.size() + ".");
		}
	}

	Inspection withVersion(long version) {
		return new Inspection(this.id, this.inspectedUnitCode, this.lineage, this.inspectingUnitCode, this.date, this.year,
				this.kind, this.findings, this.recommendations, this.recordedBy, this.recordedAt, version);
	}

	long count(FollowUp status) {
		return this.recommendations.stream().filter((recommendation) -> recommendation.status() == status).count();
	}

}
