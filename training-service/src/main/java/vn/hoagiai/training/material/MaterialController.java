package vn.hoagiai.training.material;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * The materials library. The province and the districts publish materials (tasks 2c, 3c, 6b) and add
 * new versions of their files; every person with an account reads and downloads them (they hold no
 * personal data), and each download is counted.
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

	static final Role[] PUBLISHERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER };

	static final Role[] READERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER, Role.TRAINER,
			Role.ANALYST };

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, String> TYPES = Map.of("pdf", MediaType.APPLICATION_PDF_VALUE, "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MongoTemplate mongo;

	private final GridFSBucket files;

	private final AdministrativeUnits units;

	private final Clock clock;

	MaterialController(MongoTemplate mongo, AdministrativeUnits units, Clock clock) {
		this.mongo = mongo;
		this.files = GridFSBuckets.create(mongo.getDb(), "material_files");
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
	 * A material as the API shows it.
	 *
	 * @param id id
	 * @param title title
	 * @param kind kind
	 * @param audience audience
	 * @param publisherUnitCode publishing unit
	 * @param currentVersion the latest version's number
	 * @param versions every version, oldest first
	 * @param downloads downloads so far
	 * @param changedAt when the latest version was added
	 */
	record MaterialView(String id, String title, MaterialKind kind, MaterialAudience audience, String publisherUnitCode,
			int currentVersion, List<FileView> versions, long downloads, Instant changedAt) {

		static MaterialView of(Material material) {
			return new MaterialView(material.id(), material.title(), material.kind(), material.audience(),
					material.publisherUnitCode(), material.current().number(),
					material.versions()
						.stream()
						.map((f) -> new FileView(f.number(), f.filename(), f.contentType(), f.size(), f.sha256(),
								f.uploadedAt()))
						.toList(),
					material.downloads(), material.changedAt());
		}

	}

	/** Publishes a material: form fields {@code title}, {@code kind}, {@code audience}, {@code publisherUnitCode}, {@code file}. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialView> publish(Caller caller, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String audience,
			@RequestParam(required = false) @Nullable String publisherUnitCode,
			@RequestParam(required = false) @Nullable MultipartFile file) {
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
		if (publisherUnitCode == null || this.units.find(publisherUnitCode).isEmpty()) {
			problems.add(new FieldProblem("publisherUnitCode",
					"Không tìm thấy đơn vị hành chính có mã " + Optional.ofNullable(publisherUnitCode).orElse("")));
		}
		Upload upload = checkFile(file, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		caller.requireWithin(publisherUnitCode, PUBLISHERS);
		String id = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		MaterialFile stored = store(id, 1, upload, caller, now);
		Material material = new Material(id, title.strip(), materialKind.get(), materialAudience.get(), publisherUnitCode,
				List.of(stored), 0, 1, now);
		try {
			this.mongo.insert(material);
		}
		catch (RuntimeException ex) {
			this.files.delete(new ObjectId(stored.fileId()));
			throw ex;
		}
		return ResponseEntity.created(java.net.URI.create("/api/training/materials/" + id)).body(MaterialView.of(material));
	}

	/** Adds a new version of the material's file (form field {@code file}); the publishing unit's officers only. */
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MaterialView> addVersion(Caller caller, @PathVariable String id,
			@RequestParam(required = false) @Nullable MultipartFile file) {
		caller.require(PUBLISHERS);
		Material material = find(id);
		caller.requireWithin(material.publisherUnitCode(), PUBLISHERS);
		List<FieldProblem> problems = new ArrayList<>();
		Upload upload = checkFile(file, problems);
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		for (int attempt = 0; attempt < 10; attempt++) {
			Instant now = this.clock.instant();
			MaterialFile stored = store(id, material.versions().size() + 1, upload, caller, now);
			boolean written;
			try {
				written = this.mongo.updateFirst(
						Query.query(Criteria.where("_id").is(id).and("version").is(material.version())),
						new Update().push("versions", stored).inc("version", 1).set("changedAt", now), Material.class)
					.getMatchedCount() == 1;
			}
			catch (RuntimeException ex) {
				this.files.delete(new ObjectId(stored.fileId()));
				throw ex;
			}
			if (written) {
				return ResponseEntity.created(java.net.URI.create("/api/training/materials/" + id))
					.body(MaterialView.of(find(id)));
			}
			this.files.delete(new ObjectId(stored.fileId()));
			material = find(id);
		}
		throw new IllegalStateException("material " + id + " kept changing");
	}

	/** Materials, newest first, optionally of one publisher, audience or kind. */
	@GetMapping
	List<MaterialView> list(Caller caller, @RequestParam(required = false) @Nullable String publisherUnitCode,
			@RequestParam(required = false) @Nullable MaterialAudience audience,
			@RequestParam(required = false) @Nullable MaterialKind kind) {
		caller.require(READERS);
		Criteria criteria = new Criteria();
		if (publisherUnitCode != null) {
			criteria = criteria.and("publisherUnitCode").is(publisherUnitCode);
		}
		if (audience != null) {
			criteria = criteria.and("audience").is(audience);
		}
		if (kind != null) {
			criteria = criteria.and("kind").is(kind);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "changedAt")).limit(200),
				Material.class).stream().map(MaterialView::of).toList();
	}

	@GetMapping("/{id}")
	MaterialView one(Caller caller, @PathVariable String id) {
		caller.require(READERS);
		return MaterialView.of(find(id));
	}

	/** A material's file, its latest version unless {@code version} says which; every download is counted. */
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> download(Caller caller, @PathVariable String id,
			@RequestParam(required = false) @Nullable Integer version) {
		caller.require(READERS);
		Material material = find(id);
		MaterialFile file = (version == null) ? material.current()
				: material.versions()
					.stream()
					.filter((f) -> f.number() == version)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Tài liệu " + id + " không có phiên bản " + version));
		ByteArrayOutputStream content = new ByteArrayOutputStream((int) file.size());
		this.files.downloadToStream(new ObjectId(file.fileId()), content);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("downloads", 1), Material.class);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.body(content.toByteArray());
	}

	private Material find(String id) {
		Material material = this.mongo.findById(id, Material.class);
		if (material == null) {
			throw new NotFoundException("Không tìm thấy tài liệu " + id);
		}
		return material;
	}

	/**
	 * A checked upload.
	 *
	 * @param filename the name, without any path
	 * @param contentType its media type, from its kind
	 * @param bytes its content
	 */
	record Upload(String filename, String contentType, byte[] bytes) {
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

	private MaterialFile store(String materialId, int number, Upload upload, Caller caller, Instant now) {
		ObjectId fileId = this.files.uploadFromStream(upload.filename(), new ByteArrayInputStream(upload.bytes()),
				new GridFSUploadOptions().metadata(new org.bson.Document("materialId", materialId).append("version", number)
					.append("contentType", upload.contentType())));
		return new MaterialFile(number, fileId.toHexString(), upload.filename(), upload.contentType(),
				upload.bytes().length, sha256(upload.bytes()), now, caller.subject());
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(value.strip())).findFirst();
	}

}
