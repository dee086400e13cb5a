package vn.hoagiai.reporting.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.reporting.web.Problems;

/**
 * Units' funding of the plan (task 5 and section IV): who may record and read it, the rules the
 * amounts keep, the lock an approved annual report puts on a district's year, and the totals of a
 * district or the province by source.
 */
@Component
class PlanFunding {

	static final int MAX_NOTE = 2000;

	/** 100,000 billion đồng: far above any unit's budget, and the sums of a whole country still fit a long. */
	static final long MAX_AMOUNT = 100_000_000_000_000L;

	private final PlanStore store;

	private final AdministrativeUnits units;

	private final Clock clock;

	@Autowired
	PlanFunding(PlanStore store, AdministrativeUnits units) {
		this(store, units, Clock.systemUTC());
	}

	PlanFunding(PlanStore store, AdministrativeUnits units, Clock clock) {
		this.store = store;
		this.units = units;
		this.clock = clock;
	}

	/** Funding stored, and whether it is the unit's first record of the year. */
	record Written(PlanViews.Funding funding, boolean created) {
	}

	/** A unit's funding of a year; a unit that has recorded none has zeros at version 0. */
	PlanViews.Funding funding(Caller caller, String unitCode, String yearText) {
		caller.require(PlanReports.READERS);
		AdministrativeUnit unit = unit("unit", unitCode);
		int year = PlanReports.year(yearText);
		requireReadable(caller, unit.code());
		return view(current(unit, year), unit, lock(unit, year).isPresent());
	}

	/**
	 * Records a unit's funding of a year, replacing what it recorded before: the province for any unit,
	 * officers for the units in their scope, unless the district's annual report of the year is approved.
	 */
	Written record(Caller caller, String unitCode, String yearText, PlanRequests.Funding request,
			@Nullable Long ifMatch) {
		caller.require(PlanReports.WRITERS);
		AdministrativeUnit unit = unit("unit", unitCode);
		int year = PlanReports.year(yearText);
		caller.requireWithin(unit.code(), PlanReports.WRITERS);
		Map<FundingSource, UnitFunding.Amounts> amounts = amounts(request);
		Optional<ErrorResponseException> locked = lock(unit, year);
		if (locked.isPresent()) {
			throw locked.get();
		}
		UnitFunding current = current(unit, year);
		if (ifMatch != null && ifMatch != current.version()) {
			throw new StaleVersionException(current.id(), ifMatch);
		}
		String note = (request.note() != null && !request.note().isBlank()) ? request.note().strip() : null;
		UnitFunding saved = this.store.save(current.record(amounts, note, caller.subject(), this.clock.instant()),
				current.version());
		return new Written(view(saved, unit, false), current.version() == 0);
	}

	/** The funding of a unit and the units below it in a year, by source. */
	PlanViews.FundingRollup rollup(Caller caller, @Nullable String yearText, @Nullable String underCode) {
		caller.require(PlanReports.READERS);
		if (yearText == null || yearText.isBlank()) {
			throw Problems.badRequest("year", "Cần chọn năm (tham số year, ví dụ 2026).");
		}
		int year = PlanReports.year(yearText.strip());
		String code = (underCode != null && !underCode.isBlank()) ? underCode.strip() : caller.unit();
		if (code == null) {
			throw Problems.badRequest("under", "Cần chọn đơn vị (tham số under).");
		}
		AdministrativeUnit unit = unit("under", code);
		requireReadable(caller, unit.code());
		return rollupOf(unit, year);
	}

	/** The totals of a unit and the units below it in a year (no check of the caller: the workbook's). */
	PlanViews.FundingRollup rollupOf(AdministrativeUnit unit, int year) {
		List<UnitFunding> recorded = new ArrayList<>(this.store.fundingUnder(unit.code(), year));
		recorded.sort(Comparator.comparingInt((UnitFunding funding) -> funding.lineage().size())
			.thenComparing(UnitFunding::unitCode));
		Map<FundingSource, long[]> totals = new EnumMap<>(FundingSource.class);
		for (FundingSource source : FundingSource.values()) {
			totals.put(source, new long[2]);
		}
		List<PlanViews.FundingRow> rows = new ArrayList<>();
		for (UnitFunding funding : recorded) {
			for (UnitFunding.Amounts amounts : funding.sources()) {
				long[] sum = totals.get(amounts.source());
				sum[0] = Math.addExact(sum[0], amounts.planned());
				sum[1] = Math.addExact(sum[1], amounts.spent());
			}
			rows.add(new PlanViews.FundingRow(ref(funding), sources(funding), funding.planned(),
					funding.spent(), funding.note(), funding.updatedBy(), funding.updatedAt(), funding.version()));
		}
		List<PlanViews.SourceAmounts> sums = totals.entrySet()
			.stream()
			.map((e) -> PlanViews.SourceAmounts.of(new UnitFunding.Amounts(e.getKey(), e.getValue()[0], e.getValue()[1])))
			.toList();
		long planned = sums.stream().mapToLong(PlanViews.SourceAmounts::planned).reduce(0, Math::addExact);
		long spent = sums.stream().mapToLong(PlanViews.SourceAmounts::spent).reduce(0, Math::addExact);
		return new PlanViews.FundingRollup(PlanViews.UnitRef.of(unit), year, sums, planned, spent, rows);
	}

	private Map<FundingSource, UnitFunding.Amounts> amounts(PlanRequests.Funding request) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<FundingSource, UnitFunding.Amounts> amounts = new EnumMap<>(FundingSource.class);
		Map<FundingSource, Integer> lineOf = new EnumMap<>(FundingSource.class);
		if (request.sources() == null) {
			problems.add(new FieldProblem("sources",
					"Cần ghi kinh phí theo từng nguồn (sources), mỗi nguồn là một trong: " + FundingSource.choices() + "."));
		}
		else {
			for (int i = 0; i < request.sources().size(); i++) {
				PlanRequests.FundingLine line = request.sources().get(i);
				String at = "sources[" + i + "]";
				if (line == null) {
					problems.add(new FieldProblem(at, "Dòng kinh phí không được để trống."));
					continue;
				}
				FundingSource source = null;
				if (line.source() == null || line.source().isBlank()) {
					problems.add(new FieldProblem(at + ".source",
							"Cần ghi nguồn kinh phí, một trong: " + FundingSource.choices() + "."));
				}
				else {
					source = FundingSource.of(line.source()).orElse(null);
					if (source == null) {
						problems.add(new FieldProblem(at + ".source", "Nguồn kinh phí '" + line.source()
								+ "' không có trong Kế hoạch; chọn một trong: " + FundingSource.choices() + "."));
					}
					else if (lineOf.containsKey(source)) {
						problems.add(new FieldProblem(at + ".source", "Nguồn kinh phí " + source.name()
								+ " đã được ghi ở dòng sources[" + lineOf.get(source) + "]; mỗi nguồn chỉ ghi một lần."));
						source = null;
					}
					else {
						lineOf.put(source, i);
					}
				}
				Long planned = amount(line.planned(), at + ".planned", "Kinh phí kế hoạch", problems);
				Long spent = amount(line.spent(), at + ".spent", "Kinh phí đã chi", problems);
				if (source != null && planned != null && spent != null) {
					amounts.put(source, new UnitFunding.Amounts(source, planned, spent));
				}
			}
		}
		if (request.note() != null && request.note().length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "Ghi chú tối đa " + MAX_NOTE + " ký tự."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		return amounts;
	}

	private static @Nullable Long amount(@Nullable BigDecimal value, String field, String what,
			List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem(field, "Cần ghi " + what.toLowerCase(java.util.Locale.ROOT)
					+ " (đồng; ghi 0 nếu không có)."));
			return null;
		}
		if (value.signum() < 0) {
			problems.add(new FieldProblem(field, what + " không được âm."));
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			problems.add(new FieldProblem(field, what + " tính bằng đồng, không có phần lẻ."));
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
			problems.add(new FieldProblem(field, what + " tối đa " + dong(MAX_AMOUNT) + "."));
			return null;
		}
		return value.longValueExact();
	}

	/**
	 * The refusal when the annual report of the unit's district for the year is approved: it locks the
	 * funding of the district and of its communes, as it locks their progress reports.
	 */
	private Optional<ErrorResponseException> lock(AdministrativeUnit unit, int year) {
		return this.units.ancestorAt(unit.code(), UnitLevel.DISTRICT)
			.flatMap((district) -> this.store.annual(district.code(), year)
				.filter(AnnualReport::locksProgressReports)
				.map((annual) -> Problems.conflict("annual-report-approved", "Báo cáo năm đã được duyệt",
						"Kinh phí năm " + year + " của " + unit.name() + " đã bị khóa vì báo cáo năm " + year + " của "
								+ district.name() + " đã được Sở Tư pháp duyệt; chỉ sửa được khi báo cáo được trả lại.")));
	}

	private UnitFunding current(AdministrativeUnit unit, int year) {
		return this.store.funding(unit.code(), year)
			.orElseGet(() -> UnitFunding.none(unit.code(), lineage(unit), year));
	}

	private PlanViews.Funding view(UnitFunding funding, AdministrativeUnit unit, boolean locked) {
		List<String> warnings = funding.sources()
			.stream()
			.filter(UnitFunding.Amounts::overspent)
			.map((amounts) -> "Nguồn " + amounts.source().label() + ": kinh phí đã chi (" + dong(amounts.spent())
					+ ") vượt kinh phí kế hoạch (" + dong(amounts.planned()) + ").")
			.toList();
		return new PlanViews.Funding(PlanViews.UnitRef.of(unit), funding.year(), sources(funding), funding.planned(),
				funding.spent(), !warnings.isEmpty(), warnings, funding.note(), funding.updatedBy(), funding.updatedAt(),
				locked, funding.version());
	}

	private static List<PlanViews.SourceAmounts> sources(UnitFunding funding) {
		return java.util.Arrays.stream(FundingSource.values())
			.map((source) -> PlanViews.SourceAmounts.of(funding.of(source)))
			.toList();
	}

	/** The unit of a stored record; one no longer in the official list keeps its code and its tier. */
	private PlanViews.UnitRef ref(UnitFunding funding) {
		return this.units.find(funding.unitCode())
			.map(PlanViews.UnitRef::of)
			.orElse(new PlanViews.UnitRef(funding.unitCode(), funding.unitCode(),
					UnitLevel.values()[Math.max(1, Math.min(funding.lineage().size(), 3)) - 1]));
	}

	private List<String> lineage(AdministrativeUnit unit) {
		return this.units.lineage(unit.code()).stream().map(AdministrativeUnit::code).toList();
	}

	private AdministrativeUnit unit(String field, String code) {
		return this.units.find(code)
			.orElseThrow(() -> Problems.notFound(field, "Không tìm thấy đơn vị hành chính có mã " + code + "."));
	}

	private static void requireReadable(Caller caller, String unitCode) {
		if (!caller.is(Role.ANALYST)) {
			caller.requireWithin(unitCode, PlanReports.WRITERS);
		}
	}

	/** An amount as Vietnamese write it: {@code 12.500.000 đồng}. */
	static String dong(long amount) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(java.util.Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0", symbols).format(amount) + " đồng";
	}

}
