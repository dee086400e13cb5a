package vn.hoagiai.reporting.plan;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.hoagiai.kit.outbox.StaleVersionException;

/**
 * Annual and progress reports, units' funding and inspections in MongoDB. Every write is one atomic step on one document, guarded by
 * the version the writer read: an insert for a new report (a concurrent insert fails on the id), a
 * replace that matches the id and the version read for a change. A write that lost the race is
 * refused with {@link StaleVersionException}, answered 412. No multi-document transaction is used.
 */
@Component
class PlanStore {

	private final MongoTemplate mongo;

	PlanStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<AnnualReport> annual(String districtCode, int year) {
		return Optional.ofNullable(this.mongo.findById(AnnualReport.idOf(districtCode, year), AnnualReport.class));
	}

	List<AnnualReport> annualReports(List<String> districtCodes, int year) {
		return this.mongo.find(Query.query(Criteria.where("districtCode").in(districtCodes).and("year").is(year)),
				AnnualReport.class);
	}

	/** Stores the report changed from the version read; returns it at its new version. */
	AnnualReport save(AnnualReport changed, long versionRead) {
		AnnualReport next = changed.withVersion(versionRead + 1);
		write(next.id(), next, versionRead, AnnualReport.class);
		return next;
	}

	Optional<ProgressReport> progress(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ProgressReport.class));
	}

	List<ProgressReport> progressReports(String unitCode, List<String> periods) {
		Criteria criteria = Criteria.where("lineage").is(unitCode);
		if (!periods.isEmpty()) {
			criteria = criteria.and("period").in(periods);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("unitCode", "task", "period")), ProgressReport.class);
	}

	/** Stores the report (its version already the one after {@code versionRead}). */
	void save(ProgressReport report, long versionRead) {
		write(report.id(), report, versionRead, ProgressReport.class);
	}

	Optional<UnitFunding> funding(String unitCode, int year) {
		return Optional.ofNullable(this.mongo.findById(UnitFunding.idOf(unitCode, year), UnitFunding.class));
	}

	/** The funding recorded by a unit and every unit below it in a year. */
	List<UnitFunding> fundingUnder(String unitCode, int year) {
		return this.mongo.find(Query.query(Criteria.where("lineage").is(unitCode).and("year").is(year))
			.with(Sort.by("unitCode")), UnitFunding.class);
	}

	/** Stores the funding changed from the version read; returns it at its new version. */
	UnitFunding save(UnitFunding changed, long versionRead) {
		UnitFunding next = changed.withVersion(versionRead + 1);
		write(next.id(), next, versionRead, UnitFunding.class);
		return next;
	}

	Optional<Inspection> inspection(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Inspection.class));
	}

	/** The inspections of a unit and the units below it, of a year or of every year, oldest first. */
	List<Inspection> inspections(String unitCode, @Nullable Integer year) {
		Criteria criteria = Criteria.where("lineage").is(unitCode);
		if (year != null) {
			criteria = criteria.and("year").is(year);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("date", "inspectedUnitCode", "_id")),
				Inspection.class);
	}

	/** Stores the inspection changed from the version read (0: a new one); returns it at its new version. */
	Inspection save(Inspection changed, long versionRead) {
		Inspection next = changed.withVersion(versionRead + 1);
		write(next.id(), next, versionRead, Inspection.class);
		return next;
	}

	private <T> void write(String id, T document, long versionRead, Class<T> type) {
		if (versionRead == 0) {
			try {
				this.mongo.insert(document);
			}
			catch (DuplicateKeyException ex) {
				throw new StaleVersionException(id, versionRead);
			}
			return;
		}
		T previous = this.mongo.findAndReplace(Query.query(Criteria.where("_id").is(id).and("version").is(versionRead)),
				document);
		if (previous == null) {
			throw new StaleVersionException(id, versionRead);
		}
	}

}
