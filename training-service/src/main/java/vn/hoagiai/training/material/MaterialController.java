package vn.hoagiai.training.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.kit.web.IfMatch;
import vn.hoagiai.training.Links;
import vn.hoagiai.training.material.MaterialFiles.Upload;

/**
 * The materials library. The province and the districts publish materials (tasks 2c, 3c, 6b): files
 * with their versions, or videos held as a link; they say whether a material is digitised and where it
 * is published, and may withdraw it. Every person with an account reads and downloads them (they hold
 * no personal data), and each download is counted. Every change is published ({@code MaterialState} on
 * {@code training.materials}) through the outbox.
 * <p>
 * A file is written to GridFS before the document that names it, and removed again if that write
 * fails: a material is visible only once whole. A process that dies between the two leaves a file no
 * material names, which nobody can reach (a clean-up of such files is not built yet).
 */
@RestController
@RequestMapping("/api/training/materials")
class MaterialController {

	/**
	 * Largest file accepted: below the gateway's 20 MB request limit; application.yml's multipart limit
	 * is slightly above it.
	 */
	static final long MAX_BYTES = 15L * 1024 * 1024;

	/** Days (of publication) are days in Vietnam. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Role[] PUBLISHERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER };

	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, String> TYPES = Map.of("pdf", MediaType.APPLICATION_PDF_VALUE, "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Materials materials;

	private final MaterialFiles files;

	private final AdministrativeUnits units;

	private final Clock clock;

	MaterialController(Materials materials, MaterialFiles files, AdministrativeUnits units, Clock clock) {
		this.materials = materials;
		this.files = files;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * A file version as the API shows it.
	 *
	 * @param number version number
	 * @param filename name
	 * @param contentType media type
	 * @param size bytes
	 * @param sha256 SHA-256, hexadecimal
	 * @param uploadedAt when
	 */
	record FileView(int number, String filename, String contentType, long size, String sha256, Instant uploadedAt) {
	}

	/**
	 * A material as the API shows it. The first nine fields are the original ones; the rest were added.
	 *
	 * @param id id
	 * @param title title
	 * @param kind kind
	 * @param audience audience
	 * @param publisherUnitCode publishing unit
	 * @param currentVersion the latest file version's number; 0 for a video
	 * @param versions every file version, oldest first; none for a video
	 * @param downloads downloads so far by people with accounts
	 * @param changedAt when the material last changed
	 * @param videoUrl the video's https link, for a video
	 * @param digitised whether it exists in digital form (số hóa)
	 * @param publications where it is published
	 * @param withdrawn whether its publisher withdrew it
	 * @param withdrawnAt when
	 * @param withdrawalReason why, if they said
	 * @param version version of the stored material (every change increases it); also its ETag
	 */
	record MaterialView(String id, String title, MaterialKind kind, MaterialAudience audience, String publisherUnitCode,
			int currentVersion, List<FileView> versions, long downloads, Instant changedAt, @Nullable String videoUrl,
			boolean digitised, List<MaterialPublication> publications, boolean withdrawn, @Nullable Instant withdrawnAt,
			@Nullable String withdrawalReason, long version) {

		static MaterialView of(Material material, long downloads) {
			return new MaterialView(material.id(), material.title(), material.kind(), material.audience(),
					material.publisherUnitCode(), material.currentVersion(),
					material.versions()
						.stream()
						.map((f) -> new FileView(f.number(), f.filename(), f.contentType(), f.size(), f.sha256(),
								f.uploadedAt()))
						.toList(),
					downloads, material.changedAt(), material.videoUrl(), material.digitised(), material.publications(),
					material.withdrawn(), material.withdrawnAt(), material.withdrawalReason(), material.version());
		}

		static MaterialView of(Materials.Stored stored) {
			return of(stored.material(), stored.downloads());
		}

	}

	/**
	 * Where a material is published, and whether it is digitised; replaces what was said before.
	 *
	 * @param digitised whether the material exists in digital form (số hóa)
	 * @param publications every place it is published at (at most 20); none when absent
	 */
	record PublicationDetails(@NotNull(message = "Hãy cho biết tài liệu đã được số hóa hay chưa") Boolean digitised,
			@Size(max = Material.MAX_PUBLICATIONS, message = "Tối đa " + Material.MAX_PUBLICATIONS + " nơi đăng tải")
			@Nullable List<@Valid @NotNull(message = "Nơi đăng tải không được để trống") Publication> publications) {
	}

	/**
	 * One place the material is published at.
	 *
	 * @param channel PROVINCIAL_PORTAL, DISTRICT_PORTAL, SOCIAL_NETWORK or OTHER
	 * @param url its http(s) address
	 * @param publishedOn the day it was published there, if known; not after today
	 */
	record Publication(@NotNull(message = "Kênh đăng tải là bắt buộc") PublicationChannel channel,
			@NotBlank(message = "Địa chỉ đăng tải là bắt buộc")
			@Size(max = Links.MAX_LENGTH, message = "Địa chỉ đăng tải tối đa 500 ký tự") String url,
			@Nullable LocalDate publishedOn) {
	}

	/**
	 * Why a material is withdrawn.
	 *
	 * @param reason in words, optional
	 */
	record Withdrawal(@Size(max = 500, message = "Lý do thu hồi tối đa 500 ký tự") @Nullable String reason) {
	}

	/**
	 * Publishes a material: form fields {@code title}, {@code kind}, {@code audience},
	 * {@code publisherUnitCode}, and {@code file} (a PDF, .docx, .pptx or .xlsx) or, for a VIDEO,
	 * {@code videoUrl} (https) instead.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialView> publish(Caller caller, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String audience,
			@RequestParam(required = false) @Nullable String publisherUnitCode,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String videoUrl) {
		caller.require(PUBLISHERS);
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "Tên tài liệu là bắt buộc"));
		}
		else if (title.strip().length() > 300) {
			problems.add(new FieldProblem("title", "Tên tài liệu tối đa 300 ký tự"));
		}
		Optional<MaterialKind> materialKind = parse(MaterialKind.class, kind);
		if (materialKind.isEmpty()) {
			problems.add(new FieldProblem("kind", "Loại tài liệu phải là một trong "
					+ Arrays.toString(MaterialKind.values())));
		}
		Optional<MaterialAudience> materialAudience = parse(MaterialAudience.class, audience);
		if (materialAudience.isEmpty()) {
			problems.add(new FieldProblem("audience", "Đối tượng sử dụng phải là một trong "
					+ Arrays.toString(MaterialAudience.values())));
		}
		Optional<AdministrativeUnit> publisher = Optional.ofNullable(publisherUnitCode).flatMap(this.units::find);
		if (publisher.isEmpty()) {
			problems.add(new FieldProblem("publisherUnitCode",
					"Không tìm thấy đơn vị hành chính có mã " + Optional.ofNullable(publisherUnitCode).orElse("")));
		}
		else if (publisher.get().level() == UnitLevel.COMMUNE) {
			problems.add(new FieldProblem("publisherUnitCode", "Tài liệu do tỉnh hoặc huyện phát hành, không do cấp xã"));
		}
		Upload upload = null;
		String link = null;
		if (materialKind.isPresent() && materialKind.get() == MaterialKind.VIDEO) {
			link = checkVideoUrl(videoUrl, problems);
			if (file != null && !file.isEmpty()) {
				problems.add(new FieldProblem("file", "Tài liệu video chỉ lưu đường dẫn (videoUrl), không kèm tệp"));
			}
		}
		else {
			if (videoUrl != null && !videoUrl.isBlank()) {
				problems.add(new FieldProblem("videoUrl", "Chỉ tài liệu loại VIDEO mới có đường dẫn video"));
			}
			upload = checkFile(file, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(publisherUnitCode, PUBLISHERS);
		Instant now = this.clock.instant();
		Material material;
		if (link != null) {
			material = Material.video(title.strip(), materialAudience.get(), publisherUnitCode, link, now);
			this.materials.insert(material);
		}
		else {
			String id = UUID.randomUUID().toString();
			MaterialFile stored = this.files.store(id, 1, upload, caller.subject(), now);
			material = Material.withFile(id, title.strip(), materialKind.get(), materialAudience.get(), publisherUnitCode,
					stored, now);
			try {
				this.materials.insert(material);
			}
			catch (RuntimeException ex) {
				this.files.delete(stored);
				throw ex;
			}
		}
		return ResponseEntity.created(URI.create("/api/training/materials/" + material.id()))
			.eTag(IfMatch.etag(material.version()))
			.body(MaterialView.of(material, 0));
	}

	/**
	 * Adds a new version of the material's file (form field {@code file}), or gives a video a new link
	 * (form field {@code videoUrl}); the publishing unit's officers only. With {@code If-Match}, only to
	 * that version of the material.
	 */
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialView> addVersion(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String videoUrl) {
		caller.require(PUBLISHERS);
		Long expected = IfMatch.version(ifMatch);
		Material material = this.materials.get(id).material();
		caller.requireWithin(material.publisherUnitCode(), PUBLISHERS);
		material.checkNotWithdrawn();
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = this.clock.instant();
		if (material.isVideo()) {
			if (file != null && !file.isEmpty()) {
				problems.add(new FieldProblem("file", "Tài liệu video chỉ lưu đường dẫn, không có tệp. "
						+ "Hãy gửi đường dẫn mới (videoUrl) thay cho tệp"));
			}
			String link = checkVideoUrl(videoUrl, problems);
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			this.materials.change(id, expected, (m) -> {
				m.relink(link, now);
				return m;
			});
		}
		else {
			if (videoUrl != null && !videoUrl.isBlank()) {
				problems.add(new FieldProblem("videoUrl", "Chỉ tài liệu loại VIDEO mới có đường dẫn video"));
			}
			Upload upload = checkFile(file, problems);
			if (!problems.isEmpty()) {
				throw new InvalidRequestException(problems);
			}
			this.materials.change(id, expected, (m) -> {
				m.checkNotWithdrawn();
				MaterialFile stored = this.files.store(id, m.nextFileNumber(), upload, caller.subject(), now);
				try {
					m.addVersion(stored, now);
				}
				catch (RuntimeException ex) {
					this.files.delete(stored);
					throw ex;
				}
				return stored;
			}, this.files::delete);
		}
		return withEtag(ResponseEntity.created(URI.create("/api/training/materials/" + id)), this.materials.get(id));
	}

	/**
	 * Says whether the material is digitised and where it is published; the publishing unit's officers
	 * only. With {@code If-Match}, only to that version of the material (412 otherwise).
	 */
	@PutMapping("/{id}/publication")
	ResponseEntity<MaterialView> describePublication(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PublicationDetails request) {
		caller.require(PUBLISHERS);
		Long expected = IfMatch.version(ifMatch);
		caller.requireWithin(this.materials.get(id).material().publisherUnitCode(), PUBLISHERS);
		List<MaterialPublication> publications = (request.publications() == null) ? List.of()
				: request.publications()
					.stream()
					.map((p) -> new MaterialPublication(p.channel(), p.url().strip(), p.publishedOn()))
					.toList();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		this.materials.change(id, expected, (m) -> {
			m.describePublication(request.digitised(), publications, today, now);
			return m;
		});
		return withEtag(ResponseEntity.ok(), this.materials.get(id));
	}

	/**
	 * Withdraws the material (thu hồi): no longer listed, served, linked or handed out; its record and
	 * the reach it had stay. The publishing unit's officers only; withdrawing twice changes nothing.
	 */
	@PostMapping("/{id}/withdrawal")
	ResponseEntity<MaterialView> withdraw(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable Withdrawal request) {
		caller.require(PUBLISHERS);
		Long expected = IfMatch.version(ifMatch);
		caller.requireWithin(this.materials.get(id).material().publisherUnitCode(), PUBLISHERS);
		String reason = (request == null || request.reason() == null || request.reason().isBlank()) ? null
				: request.reason().strip();
		Instant now = this.clock.instant();
		this.materials.change(id, expected, (m) -> {
			m.withdraw(caller.subject(), reason, now);
			return m;
		});
		return withEtag(ResponseEntity.ok(), this.materials.get(id));
	}

	/**
	 * Materials, newest first, optionally of one publisher, audience or kind, or whose title contains
	 * {@code q} (case and diacritics aside: "ky nang hoa giai" finds "Sổ tay kỹ năng hòa giải"). Withdrawn
	 * materials only with {@code includeWithdrawn=true}.
	 */
	@GetMapping
	List<MaterialView> list(Caller caller, @RequestParam(required = false) @Nullable String publisherUnitCode,
			@RequestParam(required = false) @Nullable MaterialAudience audience,
			@RequestParam(required = false) @Nullable MaterialKind kind,
			// a NUL cannot go into the database's regular expression: refused here rather than failing there
			@RequestParam(required = false) @Nullable @jakarta.validation.constraints.Pattern(regexp = "\\P{Cntrl}*",
					message = "Từ khóa tìm kiếm không được chứa ký tự điều khiển") String q,
			@RequestParam(defaultValue = "false") boolean includeWithdrawn) {
		caller.require(READERS);
		Criteria criteria = new Criteria();
		if (publisherUnitCode != null) {
			criteria = criteria.and("publisherUnitCode").is(publisherUnitCode);
		}
		if (audience != null) {
			criteria = criteria.and("audience").is(audience.name());
		}
		if (kind != null) {
			criteria = criteria.and("kind").is(kind.name());
		}
		if (!includeWithdrawn) {
			criteria = criteria.and("withdrawn").ne(true);
		}
		String folded = (q == null) ? "" : Folding.fold(q);
		if (folded.length() > 200) {
			throw new InvalidRequestException("q", "Từ khóa tìm kiếm tối đa 200 ký tự");
		}
		if (!folded.isEmpty()) {
			// Materials stored before titles were folded have no searchTitle: they are matched below.
			criteria = criteria.orOperator(Criteria.where("searchTitle").regex(Pattern.quote(folded)),
					Criteria.where("searchTitle").exists(false));
		}
		return this.materials.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "changedAt")).limit(200))
			.stream()
			.filter((stored) -> stored.material().searchTitle().contains(folded))
			.map(MaterialView::of)
			.toList();
	}

	@GetMapping("/{id}")
	ResponseEntity<MaterialView> one(Caller caller, @PathVariable String id) {
		caller.require(READERS);
		return withEtag(ResponseEntity.ok(), this.materials.get(id));
	}

	/**
	 * A material's file, its latest version unless {@code version} says which; for a video, 303 to its
	 * link. Every download is counted. A withdrawn material is no longer served (410).
	 */
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String id,
			@RequestParam(required = false) @Nullable Integer version) {
		caller.require(READERS);
		Material material = this.materials.get(id).material();
		material.checkNotWithdrawn();
		if (material.isVideo()) {
			this.materials.countDownload(id);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(material.videoUrl())).build();
		}
		MaterialFile file = (version == null) ? material.current()
				: material.versions()
					.stream()
					.filter((f) -> f.number() == version)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Tài liệu " + id + " không có phiên bản " + version));
		byte[] content = this.files.bytes(file);
		this.materials.countDownload(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.body(content);
	}

	private static ResponseEntity<MaterialView> withEtag(ResponseEntity.BodyBuilder answer, Materials.Stored stored) {
		return answer.eTag(IfMatch.etag(stored.material().version())).body(MaterialView.of(stored));
	}

	private static @Nullable String checkVideoUrl(@Nullable String videoUrl, List<FieldProblem> problems) {
		String link = (videoUrl == null) ? "" : videoUrl.strip();
		if (link.isEmpty()) {
			problems.add(new FieldProblem("videoUrl", "Đường dẫn video là bắt buộc với tài liệu loại VIDEO"));
			return null;
		}
		if (!Links.isHttps(link)) {
			problems.add(new FieldProblem("videoUrl",
					"Đường dẫn video phải là một địa chỉ https:// đầy đủ, tối đa " + Links.MAX_LENGTH + " ký tự"));
			return null;
		}
		return link;
	}

	private static @Nullable Upload checkFile(@Nullable MultipartFile file, List<FieldProblem> problems) {
		if (file == null || file.isEmpty()) {
			problems.add(new FieldProblem("file", "Hãy chọn tệp tài liệu"));
			return null;
		}
		if (file.getSize() > MAX_BYTES) {
			problems.add(new FieldProblem("file", "Tệp tài liệu tối đa 15 MB"));
			return null;
		}
		String name = Optional.ofNullable(file.getOriginalFilename()).orElse("tai-lieu");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		String extension = (name.lastIndexOf('.') < 0) ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = TYPES.get(extension);
		boolean looksRight = (type != null) && startsWith(bytes, extension.equals("pdf") ? PDF : ZIP);
		if (!looksRight) {
			problems.add(new FieldProblem("file",
					"Chỉ nhận tệp PDF, Word (.docx), PowerPoint (.pptx) hoặc Excel (.xlsx) đúng định dạng"));
			return null;
		}
		return new Upload(name, type, bytes);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(value.strip())).findFirst();
	}

}
