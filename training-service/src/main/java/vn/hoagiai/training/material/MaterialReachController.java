package vn.hoagiai.training.material;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.ForbiddenException;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.training.people.KnownMediators;

/**
 * Who reached which material (Decision 315: every mediator reaches and uses the training materials).
 * Mediators have no accounts, so an officer either gives a mediator a personal reading link, which
 * anyone holding it opens without logging in, or records that mediators were handed the material.
 * The first reach of a material by a mediator is recorded once and published
 * ({@code material.reached.v1}); later openings are only counted.
 * <p>
 * An officer acts for the mediators of their own area: the province for all, a district officer for
 * their district's communes, a commune officer for their commune.
 */
@RestController
@RequestMapping("/api/training/materials")
class MaterialReachController {

	static final String READ_PATH = "/api/training/materials/read/";

	/** Officers who give reading links, record handouts and read the reach. */
	static final Role[] OFFICERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Most mediators one handout record names. */
	static final int MAX_HANDOUT = 500;

	private final Materials materials;

	private final MaterialFiles files;

	private final MaterialReaches reaches;

	private final ReadingLinks links;

	private final KnownMediators mediators;

	private final AdministrativeUnits units;

	private final Clock clock;

	MaterialReachController(Materials materials, MaterialFiles files, MaterialReaches reaches, ReadingLinks links,
			KnownMediators mediators, AdministrativeUnits units, Clock clock) {
		this.materials = materials;
		this.files = files;
		this.reaches = reaches;
		this.links = links;
		this.mediators = mediators;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * The mediator a reading link is for.
	 *
	 * @param mediatorId the registry's id of the mediator
	 */
	record LinkRequest(@NotBlank(message = "Mã hòa giải viên là bắt buộc")
			@Size(max = 100, message = "Mã hòa giải viên tối đa 100 ký tự") String mediatorId) {
	}

	/**
	 * A personal reading link.
	 *
	 * @param token the signed token the link carries
	 * @param url the link, to send to the mediator (no login needed)
	 * @param expiresOn the last day (in Vietnam) it can be opened
	 */
	record ReadingLink(String token, String url, LocalDate expiresOn) {
	}

	/**
	 * Mediators handed the material.
	 *
	 * @param mediatorIds the registry's ids of the mediators, 1 to 500
	 */
	record Handouts(@NotNull(message = "Danh sách hòa giải viên là bắt buộc")
			@Size(min = 1, max = MAX_HANDOUT, message = "Mỗi lần ghi nhận từ 1 đến " + MAX_HANDOUT + " hòa giải viên")
			List<@NotBlank(message = "Mã hòa giải viên không được để trống")
			@Size(max = 100, message = "Mã hòa giải viên tối đa 100 ký tự") String> mediatorIds) {
	}

	/**
	 * What recording a handout did.
	 *
	 * @param recorded mediators who reached the material now for the first time
	 * @param alreadyReached mediators who had reached it before (by a link or an earlier handout)
	 */
	record HandoutResult(int recorded, int alreadyReached) {
	}

	/**
	 * How many distinct mediators of the caller's area reached a material.
	 *
	 * @param materialId the material
	 * @param reached mediators of the caller's area who reached it
	 * @param byReadingLink of whom first through their reading link
	 * @param byHandout of whom first by a handout
	 * @param communes the same by commune, in code order
	 */
	record Reach(String materialId, int reached, int byReadingLink, int byHandout, List<CommuneReach> communes) {
	}

	/**
	 * The reach of a material in one commune.
	 *
	 * @param communeCode the commune (of the mediator's team when they reached it)
	 * @param communeName its name
	 * @param reached mediators who reached it
	 * @param mediatorIds their registry ids
	 */
	record CommuneReach(String communeCode, String communeName, int reached, List<String> mediatorIds) {
	}

	/**
	 * Gives a mediator of the caller's area, made known by the registry and still serving, a personal
	 * link to read the material without logging in (valid a year).
	 */
	@PostMapping("/{id}/reading-links")
	ResponseEntity<ReadingLink> issueLink(Caller caller, @PathVariable String id,
			@Valid @RequestBody LinkRequest request) {
		caller.require(OFFICERS);
		Material material = this.materials.get(id).material();
		material.checkNotWithdrawn();
		String mediatorId = request.mediatorId().strip();
		KnownMediators.Standing standing = this.mediators.find(mediatorId)
			.orElseThrow(() -> new InvalidRequestException("mediatorId",
					"Không tìm thấy hòa giải viên có mã " + mediatorId + " trong danh sách tổ hòa giải"));
		if (!caller.covers(standing.communeCode())) {
			throw new ForbiddenException("Hòa giải viên " + mediatorId + " không thuộc địa bàn quản lý của bạn.");
		}
		if (!standing.serving()) {
			throw new InvalidRequestException("mediatorId",
					"Hòa giải viên " + mediatorId + " đã thôi làm hòa giải viên, không thể cấp đường dẫn đọc tài liệu");
		}
		ReadingLinks.Issued issued = this.links.issue(material.id(), mediatorId);
		String url = READ_PATH + issued.token();
		return ResponseEntity.created(URI.create(url))
			.body(new ReadingLink(issued.token(), url,
					LocalDate.ofInstant(issued.expiresAt().minusSeconds(1), MaterialController.VIETNAM)));
	}

	/**
	 * Opens a material through a personal reading link, without logging in: the link is the
	 * permission. Streams the material's current file (or answers 303 with a video's link) and records
	 * the reach of the link's mediator; only their first opening is published.
	 */
	@GetMapping("/read/{token}")
	ResponseEntity<Resource> read(@PathVariable String token) {
		ReadingLinks.Verdict verdict = this.links.verify(token.strip());
		if (verdict instanceof ReadingLinks.Expired expired) {
			throw new InvalidRequestException("token", "Đường dẫn đọc tài liệu đã hết hạn từ ngày "
					+ LocalDate.ofInstant(expired.expiredAt(), MaterialController.VIETNAM).format(VIETNAMESE_DATE)
					+ ". Hãy đề nghị công chức Tư pháp cấp đường dẫn mới");
		}
		if (!(verdict instanceof ReadingLinks.Valid valid)) {
			throw new InvalidRequestException("token",
					"Đường dẫn đọc tài liệu không đúng: mã (token) không hợp lệ hoặc đã bị sửa đổi");
		}
		ReadingLinks.Claim claim = valid.claim();
		Material material;
		try {
			material = this.materials.get(claim.materialId()).material();
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Tài liệu mà đường dẫn (token) này trỏ tới không còn trong thư viện");
		}
		material.checkNotWithdrawn();
		Instant now = this.clock.instant();
		this.mediators.find(claim.mediatorId())
			.ifPresent((standing) -> this.reaches.opened(material.id(), claim.mediatorId(), standing.communeCode(), now));
		if (material.isVideo()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(material.videoUrl()))
				.cacheControl(CacheControl.noStore())
				.header("Referrer-Policy", "no-referrer")
				.build();
		}
		MaterialFile file = material.current();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.header("Referrer-Policy", "no-referrer")
			.body(new InputStreamResource(this.files.open(file)));
	}

	/**
	 * Records that mediators of the caller's area were handed the material (printed, or at a course):
	 * all of them, or none if one is unknown or no longer serving (422, each problem naming its item,
	 * {@code mediatorIds[i]}) or outside the caller's area (403).
	 */
	@PostMapping("/{id}/handouts")
	HandoutResult handOut(Caller caller, @PathVariable String id, @Valid @RequestBody Handouts request) {
		caller.require(OFFICERS);
		Material material = this.materials.get(id).material();
		material.checkNotWithdrawn();
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> communes = new LinkedHashMap<>();
		for (int i = 0; i < request.mediatorIds().size(); i++) {
			String mediatorId = request.mediatorIds().get(i).strip();
			String field = "mediatorIds[" + i + "]";
			Optional<KnownMediators.Standing> standing = this.mediators.find(mediatorId);
			if (standing.isEmpty()) {
				problems.add(new FieldProblem(field,
						"Không tìm thấy hòa giải viên có mã " + mediatorId + " trong danh sách tổ hòa giải"));
			}
			else if (!caller.covers(standing.get().communeCode())) {
				// Acting for another area's mediators is a matter of rights, as for reading links: 403.
				throw new ForbiddenException("Hòa giải viên " + mediatorId + " (" + field
						+ ") không thuộc địa bàn quản lý của bạn.");
			}
			else if (!standing.get().serving()) {
				problems.add(new FieldProblem(field, "Hòa giải viên " + mediatorId + " đã thôi làm hòa giải viên"));
			}
			else {
				communes.put(mediatorId, standing.get().communeCode());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		Instant now = this.clock.instant();
		int recorded = 0;
		for (Map.Entry<String, String> mediator : communes.entrySet()) {
			if (this.reaches.handedOut(material.id(), mediator.getKey(), mediator.getValue(), caller.subject(), now)) {
				recorded++;
			}
		}
		return new HandoutResult(recorded, communes.size() - recorded);
	}

	/**
	 * How many distinct mediators of the caller's area reached the material, by commune, with their ids
	 * (officers may see them; no names are kept).
	 */
	@GetMapping("/{id}/reach")
	Reach reach(Caller caller, @PathVariable String id) {
		caller.require(OFFICERS);
		Material material = this.materials.get(id).material();
		Map<String, Set<String>> byCommune = new TreeMap<>();
		int byLink = 0;
		int byHandout = 0;
		for (MaterialReach reach : this.reaches.of(material.id())) {
			if (!caller.covers(reach.communeCode())) {
				continue;
			}
			if (byCommune.computeIfAbsent(reach.communeCode(), (code) -> new LinkedHashSet<>()).add(reach.mediatorId())) {
				if (reach.channel() == ReachChannel.READING_LINK) {
					byLink++;
				}
				else {
					byHandout++;
				}
			}
		}
		List<CommuneReach> communes = byCommune.entrySet()
			.stream()
			.map((e) -> new CommuneReach(e.getKey(),
					this.units.find(e.getKey()).map(AdministrativeUnit::name).orElse(e.getKey()), e.getValue().size(),
					e.getValue().stream().sorted(Comparator.naturalOrder()).toList()))
			.toList();
		return new Reach(material.id(), byLink + byHandout, byLink, byHandout, communes);
	}

}
