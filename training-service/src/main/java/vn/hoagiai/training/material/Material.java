package vn.hoagiai.training.material;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.hoagiai.contracts.Topic;
import vn.hoagiai.contracts.events.EventType;
import vn.hoagiai.contracts.events.MaterialState;
import vn.hoagiai.kit.outbox.PendingEvent;
import vn.hoagiai.kit.problem.FieldProblem;
import vn.hoagiai.kit.problem.InvalidRequestException;
import vn.hoagiai.training.Links;

/**
 * A training material (tài liệu) published by the province or a district: every version of its file
 * (or, for a video, its link), whether it is digitised, where it is published, and whether it was
 * withdrawn. Every change is one write of this document with the event it causes ({@code _outbox}),
 * guarded by {@code version}, which is also the version of its {@link MaterialState} events.
 * <p>
 * The download counter lives in the same document ({@code downloads}) but is not part of the
 * aggregate: it is increased in place by every download and never written from here, so a change of
 * the material cannot overwrite a download counted meanwhile.
 */
@Document("materials")
class Material {

	/** Most places a material is listed as published at. */
	static final int MAX_PUBLICATIONS = 20;

	@Id
	private final String id;

	private final String title;

	/** The title folded for search without diacritics ({@link Folding}). */
	private final String searchTitle;

	private final MaterialKind kind;

	private final MaterialAudience audience;

	private final String publisherUnitCode;

	private final List<MaterialFile> versions;

	private @Nullable String videoUrl;

	private boolean digitised;

	private final List<MaterialPublication> publications;

	private boolean withdrawn;

	private @Nullable Instant withdrawnAt;

	private @Nullable String withdrawnBy;

	private @Nullable String withdrawalReason;

	/** The document's version: one more with every change of the material (the outbox's guard). */
	private long version;

	private Instant changedAt;

	@Transient
	private final List<PendingEvent> pendingEvents = new ArrayList<>();

	@Transient
	private boolean touched;

	@PersistenceCreator
	Material(String id, String title, @Nullable String searchTitle, MaterialKind kind, MaterialAudience audience,
			String publisherUnitCode, @Nullable List<MaterialFile> versions, @Nullable String videoUrl,
			@Nullable Boolean digitised, @Nullable List<MaterialPublication> publications, @Nullable Boolean withdrawn,
			@Nullable Instant withdrawnAt, @Nullable String withdrawnBy, @Nullable String withdrawalReason, long version,
			Instant changedAt) {
		this.id = id;
		this.title = title;
		// Materials stored before search was added have no folded title.
		this.searchTitle = (searchTitle != null) ? searchTitle : Folding.fold(title);
		this.kind = kind;
		this.audience = audience;
		this.publisherUnitCode = publisherUnitCode;
		this.versions = (versions != null) ? new ArrayList<>(versions) : new ArrayList<>();
		this.videoUrl = videoUrl;
		this.digitised = Boolean.TRUE.equals(digitised);
		this.publications = (publications != null) ? new ArrayList<>(publications) : new ArrayList<>();
		this.withdrawn = Boolean.TRUE.equals(withdrawn);
		this.withdrawnAt = withdrawnAt;
		this.withdrawnBy = withdrawnBy;
		this.withdrawalReason = withdrawalReason;
		this.version = version;
		this.changedAt = changedAt;
	}

	/** A new material with its first file; published with {@code material.published.v1}. */
	static Material withFile(String id, String title, MaterialKind kind, MaterialAudience audience,
			String publisherUnitCode, MaterialFile file, Instant now) {
		if (kind == MaterialKind.VIDEO) {
			throw new IllegalArgumentException("a video is held as a link only");
		}
		Material material = new Material(id, title, null, kind, audience, publisherUnitCode, List.of(file), null, false,
				List.of(), false, null, null, null, 1, now);
		material.pendingEvents.add(material.event(EventType.MATERIAL_PUBLISHED));
		return material;
	}

	/** A new video, held as its https link; published with {@code material.published.v1}. */
	static Material video(String title, MaterialAudience audience, String publisherUnitCode, String videoUrl,
			Instant now) {
		Material material = new Material(UUID.randomUUID().toString(), title, null, MaterialKind.VIDEO, audience,
				publisherUnitCode, List.of(), videoUrl, false, List.of(), false, null, null, null, 1, now);
		material.pendingEvents.add(material.event(EventType.MATERIAL_PUBLISHED));
		return material;
	}

	// --- changes --------------------------------------------------------------------------------------

	/** The number the next file version gets. */
	int nextFileNumber() {
		return this.versions.size() + 1;
	}

	/** Adds a new version of the file; the older ones stay readable. */
	void addVersion(MaterialFile file, Instant now) {
		checkNotWithdrawn();
		if (isVideo()) {
			throw new InvalidRequestException("file", "Tài liệu video chỉ lưu đường dẫn, không có tệp. "
					+ "Hãy gửi đường dẫn mới (videoUrl) thay cho tệp");
		}
		if (file.number() != nextFileNumber()) {
			throw new IllegalArgumentException("file version " + file.number() + " is not " + nextFileNumber());
		}
		this.versions.add(file);
		changed(now);
	}

	/** Replaces a video's link; nothing changes when it is the same. */
	void relink(String videoUrl, Instant now) {
		checkNotWithdrawn();
		if (!isVideo()) {
			throw new InvalidRequestException("videoUrl", "Chỉ tài liệu loại VIDEO mới có đường dẫn video");
		}
		if (videoUrl.equals(this.videoUrl)) {
			return;
		}
		this.videoUrl = videoUrl;
		changed(now);
	}

	/**
	 * Says whether the material is digitised and where it is published (replacing the earlier list);
	 * nothing changes, and nothing is published, when both are as stored.
	 * @param today the day in Vietnam, no publication may be dated after it
	 */
	void describePublication(boolean digitised, List<MaterialPublication> publications, LocalDate today, Instant now) {
		checkNotWithdrawn();
		List<FieldProblem> problems = new ArrayList<>();
		if (publications.size() > MAX_PUBLICATIONS) {
			problems.add(new FieldProblem("publications", "Tối đa " + MAX_PUBLICATIONS + " nơi đăng tải"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < publications.size(); i++) {
			MaterialPublication publication = publications.get(i);
			if (!Links.isWebAddress(publication.url())) {
				problems.add(new FieldProblem("publications[" + i + "].url",
						"Địa chỉ đăng tải phải là một địa chỉ web bắt đầu bằng http:// hoặc https://"));
			}
			else if (!seen.add(publication.channel() + " " + publication.url())) {
				problems.add(new FieldProblem("publications[" + i + "].url",
						"Nơi đăng tải " + publication.url() + " đã có trong danh sách"));
			}
			if (publication.publishedOn() != null && publication.publishedOn().isAfter(today)) {
				problems.add(new FieldProblem("publications[" + i + "].publishedOn",
						"Ngày đăng tải không được sau ngày hôm nay"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequestException(problems);
		}
		if (this.digitised == digitised && this.publications.equals(publications)) {
			return;
		}
		this.digitised = digitised;
		this.publications.clear();
		this.publications.addAll(publications);
		changed(now);
	}

	/**
	 * Withdraws the material from the library (thu hồi): it is no longer served, linked or handed out.
	 * Withdrawing it again changes nothing.
	 */
	void withdraw(String by, @Nullable String reason, Instant now) {
		if (this.withdrawn) {
			return;
		}
		this.withdrawn = true;
		this.withdrawnAt = now;
		this.withdrawnBy = by;
		this.withdrawalReason = reason;
		changed(now);
	}

	/** Refuses (410) any use of a withdrawn material but reading its record. */
	void checkNotWithdrawn() {
		if (this.withdrawn) {
			throw new MaterialWithdrawnException(this.id, this.title);
		}
	}

	private void changed(Instant now) {
		if (!this.touched) {
			this.version++;
			this.touched = true;
		}
		this.changedAt = now;
		this.pendingEvents.clear();
		this.pendingEvents.add(event(EventType.MATERIAL_CHANGED));
	}

	boolean changed() {
		return this.touched;
	}

	/** The events this change caused, to store in the outbox with it. */
	List<PendingEvent> pendingEvents() {
		return List.copyOf(this.pendingEvents);
	}

	private PendingEvent event(EventType type) {
		return PendingEvent.of(Topic.TRAINING_MATERIALS, this.id, type, this.changedAt, state());
	}

	MaterialState state() {
		return new MaterialState(this.id, this.version, this.title, this.kind.name(), this.audience.name(),
				this.publisherUnitCode, currentVersion(), this.digitised,
				this.publications.stream()
					.map((p) -> new MaterialState.Publication(p.channel().name(), p.url(), p.publishedOn()))
					.toList(),
				this.withdrawn, this.changedAt);
	}

	// --- reading --------------------------------------------------------------------------------------

	String id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	String searchTitle() {
		return this.searchTitle;
	}

	MaterialKind kind() {
		return this.kind;
	}

	MaterialAudience audience() {
		return this.audience;
	}

	String publisherUnitCode() {
		return this.publisherUnitCode;
	}

	List<MaterialFile> versions() {
		return List.copyOf(this.versions);
	}

	boolean isVideo() {
		return this.kind == MaterialKind.VIDEO;
	}

	/** The video's link; present for a video only. */
	@Nullable String videoUrl() {
		return this.videoUrl;
	}

	/** The file now served: the latest version. A video has none. */
	MaterialFile current() {
		if (this.versions.isEmpty()) {
			throw new IllegalStateException("material " + this.id + " has no file");
		}
		return this.versions.get(this.versions.size() - 1);
	}

	/** The latest file version's number; 0 for a video. */
	int currentVersion() {
		return this.versions.isEmpty() ? 0 : current().number();
	}

	boolean digitised() {
		return this.digitised;
	}

	List<MaterialPublication> publications() {
		return List.copyOf(this.publications);
	}

	boolean withdrawn() {
		return this.withdrawn;
	}

	@Nullable Instant withdrawnAt() {
		return this.withdrawnAt;
	}

	@Nullable String withdrawalReason() {
		return this.withdrawalReason;
	}

	long version() {
		return this.version;
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
