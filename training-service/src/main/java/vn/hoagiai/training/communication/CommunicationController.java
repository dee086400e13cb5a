package vn.hoagiai.training.communication;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.outbox.OutboxWriter;
import vn.hoagiai.kit.outbox.StaleVersionException;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.kit.web.IfMatch;
import vn.hoagiai.training.Links;

/**
 * Communication activities (task 6a): each unit records the articles, broadcasts, social posts,
 * contests and forums it carried out to publicise grassroots mediation, exemplary mediators and good
 * models, with an estimate of the people reached. The province records for any unit, a district
 * officer for the district and its communes, a commune officer for the commune. Every person with an account reads them (no personal data).
 * Every answer with one activity carries its version as an ETag; a change sent with {@code If-Match}
 * is refused with 412 if the activity changed meanwhile. Not published as events yet.
 */
@RestController
@RequestMapping("/api/training/communications")
class CommunicationController {

	static final Role[] RECORDERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	/** Activities are dated in Vietnam. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** No activity recorded here is older than this. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** Most activities one listing returns. */
	static final int LIMIT = 500;

	private final MongoTemplate mongo;

	private final OutboxWriter outbox;

	private final AdministrativeUnits units;

	private final Clock clock;

	CommunicationController(MongoTemplate mongo, OutboxWriter outbox, AdministrativeUnits units, Clock clock) {
		this.mongo = mongo;
		this.outbox = outbox;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * An activity to record, or its corrected details.
	 *
	 * @param kind ARTICLE, BROADCAST, SOCIAL_POST, CONTEST, FORUM or OTHER
	 * @param subject MEDIATION, EXEMPLARY_MEDIATOR, GOOD_MODEL or OTHER
	 * @param title title
	 * @param channel where it ran, in words ("Báo Bình Định", "Đài PT-TH tỉnh", "Fanpage Sở Tư pháp")
	 * @param date the day it ran or was held; not after today
	 * @param organiserUnitCode the unit that carried it out; the caller's own unit when absent (a district
	 * officer may name its communes, a commune officer no other unit)
	 * @param reach an estimate of the people it reached, not negative
	 * @param link its http(s) address, if online
	 */
	record ActivityDetails(@NotNull(message = "Hình thức truyền thông là bắt buộc") CommunicationKind kind,
			@NotNull(message = "Nội dung truyền thông là bắt buộc") CommunicationSubject subject,
			@NotBlank(message = "Tiêu đề là bắt buộc") @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự") String title,
			@NotBlank(message = "Kênh truyền thông là bắt buộc")
			@Size(max = 200, message = "Kênh truyền thông tối đa 200 ký tự") String channel,
			@NotNull(message = "Ngày thực hiện là bắt buộc") LocalDate date,
			@Size(max = 10, message = "Mã đơn vị tối đa 10 ký tự") @Nullable String organiserUnitCode,
			@NotNull(message = "Số người được tiếp cận là bắt buộc")
			@PositiveOrZero(message = "Số người được tiếp cận không được âm")
			@Max(value = 100_000_000, message = "Số người được tiếp cận tối đa 100.000.000") Long reach,
			@Size(max = Links.MAX_LENGTH, message = "Đường dẫn tối đa 500 ký tự") @Nullable String link) {
	}

	/**
	 * An activity as the API shows it.
	 *
	 * @param id id
	 * @param kind what it is
	 * @param subject what it publicises
	 * @param title title
	 * @param channel where it ran
	 * @param date the day
	 * @param organiserUnitCode the unit that carried it out
	 * @param organiserName its name
	 * @param reach an estimate of the people reached
	 * @param link its address, if online
	 * @param version version (also the ETag)
	 * @param changedAt when it last changed
	 */
	record ActivityView(String id, CommunicationKind kind, CommunicationSubject subject, String title, String channel,
			LocalDate date, String organiserUnitCode, String organiserName, long reach, @Nullable String link,
			long version, Instant changedAt) {
	}

	/** Records an activity. */
	@PostMapping
	ResponseEntity<ActivityView> record(Caller caller, @Valid @RequestBody ActivityDetails request) {
		caller.require(RECORDERS);
		Checked checked = check(caller, request);
		Instant now = this.clock.instant();
		CommunicationActivity activity = new CommunicationActivity(UUID.randomUUID().toString(), request.kind(),
				request.subject(), request.title().strip(), request.channel().strip(), request.date(),
				checked.organiserUnitCode(), request.reach(), checked.link(), 1, now, caller.subject(), now,
				caller.subject());
		this.outbox.insert(activity, List.of(activity.event()));
		return ResponseEntity.created(URI.create("/api/training/communications/" + activity.id()))
			.eTag(IfMatch.etag(activity.version()))
			.body(view(activity));
	}

	/**
	 * Activities, latest first (at most 500): of one year, and of a unit and every unit below it (a
	 * district's include its communes').
	 */
	@GetMapping
	List<ActivityView> list(Caller caller, @RequestParam(name = "unit", required = false) @Nullable String unitCode,
			@RequestParam(required = false) @Nullable @Min(value = 2000, message = "Năm phải từ 2000 đến 2100")
			@Max(value = 2100, message = "Năm phải từ 2000 đến 2100") Integer year) {
		caller.require(READERS);
		Criteria criteria = new Criteria();
		if (unitCode != null && !unitCode.isBlank()) {
			if (this.units.find(unitCode.strip()).isEmpty()) {
				throw new InvalidRequestException("unit", "Không tìm thấy đơn vị hành chính có mã " + unitCode.strip());
			}
			criteria = criteria.and("organiserUnitCode").in(unitAndBelow(unitCode.strip()));
		}
		if (year != null) {
			criteria = criteria.and("date").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1));
		}
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Order.desc("date"), Sort.Order.desc("changedAt")))
			.limit(LIMIT);
		return this.mongo.find(query, CommunicationActivity.class).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<ActivityView> one(Caller caller, @PathVariable String id) {
		caller.require(READERS);
		CommunicationActivity activity = get(id);
		return ResponseEntity.ok().eTag(IfMatch.etag(activity.version())).body(view(activity));
	}

	/**
	 * Corrects an activity: its whole details, as when recorded. The province, or the officers of the
	 * unit that carried it out.
	 */
	@PutMapping("/{id}")
	ResponseEntity<ActivityView> correct(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ActivityDetails request) {
		caller.require(RECORDERS);
		Long expected = IfMatch.version(ifMatch);
		CommunicationActivity current = get(id);
		requireMayRecordFor(caller, current.organiserUnitCode());
		Checked checked = check(caller, request);
		for (int attempt = 0; attempt < 5; attempt++) {
			if (expected != null && current.version() != expected) {
				throw new StaleVersionException(id, expected);
			}
			Instant now = this.clock.instant();
			CommunicationActivity corrected = new CommunicationActivity(id, request.kind(), request.subject(),
					request.title().strip(), request.channel().strip(), request.date(), checked.organiserUnitCode(),
					request.reach(), checked.link(), current.version() + 1, current.createdAt(), current.createdBy(), now,
					caller.subject());
			if (sameDetails(current, corrected)) {
				return ResponseEntity.ok().eTag(IfMatch.etag(current.version())).body(view(current));
			}
			try {
				this.outbox.update(corrected, id, current.version(), List.of(corrected.event()));
				return ResponseEntity.ok().eTag(IfMatch.etag(corrected.version())).body(view(corrected));
			}
			catch (StaleVersionException ex) {
				// someone else corrected it first: read again below
			}
			if (expected != null) {
				throw new StaleVersionException(id, expected);
			}
			current = get(id);
			requireMayRecordFor(caller, current.organiserUnitCode());
		}
		throw new StaleVersionException(id, current.version());
	}

	private CommunicationActivity get(String id) {
		CommunicationActivity activity = this.mongo.findById(id, CommunicationActivity.class);
		if (activity == null) {
			throw new NotFoundException("Không tìm thấy hoạt động truyền thông " + id);
		}
		return activity;
	}

	/**
	 * What the checks of a request settled.
	 *
	 * @param organiserUnitCode the organising unit
	 * @param link the address, stripped, if any
	 */
	private record Checked(String organiserUnitCode, @Nullable String link) {
	}

	/** The rules a request's fields keep beyond their own constraints (422), then the caller's scope (403). */
	private Checked check(Caller caller, ActivityDetails request) {
		List<FieldProblem> problems = new ArrayList<>();
		String organiser = (request.organiserUnitCode() == null || request.organiserUnitCode().isBlank())
				? caller.unit() : request.organiserUnitCode().strip();
		if (organiser == null || this.units.find(organiser).isEmpty()) {
			problems.add(new FieldProblem("organiserUnitCode",
					"Không tìm thấy đơn vị hành chính có mã " + Objects.requireNonNullElse(organiser, "")));
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), VIETNAM);
		if (request.date().isAfter(today)) {
			problems.add(new FieldProblem("date", "Ngày thực hiện không được sau ngày hôm nay"));
		}
		else if (request.date().isBefore(EARLIEST)) {
			problems.add(new FieldProblem("date", "Ngày thực hiện không được trước năm 2000"));
		}
		String link = (request.link() == null || request.link().isBlank()) ? null : request.link().strip();
		if (link != null && !Links.isWebAddress(link)) {
			problems.add(new FieldProblem("link", "Đường dẫn phải là một địa chỉ web bắt đầu bằng http:// hoặc https://"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		requireMayRecordFor(caller, organiser);
		return new Checked(organiser, link);
	}

	/**
	 * The province records for any unit, a district officer for the district and its communes (as for
	 * progress reports and funding), a commune officer for their commune; anything else is 403.
	 */
	private static void requireMayRecordFor(Caller caller, String unitCode) {
		caller.requireWithin(unitCode, Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);
	}

	private Set<String> unitAndBelow(String code) {
		Set<String> codes = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(List.of(code));
		while (!next.isEmpty()) {
			String unit = next.pop();
			if (codes.add(unit)) {
				this.units.children(unit).forEach((child) -> next.push(child.code()));
			}
		}
		return codes;
	}

	private static boolean sameDetails(CommunicationActivity a, CommunicationActivity b) {
		return a.kind() == b.kind() && a.subject() == b.subject() && a.title().equals(b.title())
				&& a.channel().equals(b.channel()) && a.date().equals(b.date())
				&& a.organiserUnitCode().equals(b.organiserUnitCode()) && a.reach() == b.reach()
				&& Objects.equals(a.link(), b.link());
	}

	private ActivityView view(CommunicationActivity activity) {
		return new ActivityView(activity.id(), activity.kind(), activity.subject(), activity.title(), activity.channel(),
				activity.date(), activity.organiserUnitCode(),
				this.units.find(activity.organiserUnitCode()).map(AdministrativeUnit::name).orElse(activity.organiserUnitCode()),
				activity.reach(), activity.link(), activity.version(), activity.changedAt());
	}

}
