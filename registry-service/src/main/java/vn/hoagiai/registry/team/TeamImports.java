package vn.hoagiai.registry.team;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.hoagiai.kit.problem.ConflictException;
import vn.hoagiai.kit.problem.NotFoundException;
import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;
import vn.hoagiai.registry.audit.Actor;

/**
 * Imports teams and mediators from a sheet: all of them or none. The whole file is checked before
 * anything is written; then its teams are staged in batches (invisible, their events held back) and
 * released together. A worker that dies midway leaves an import whose heartbeat stops: the recovery
 * below discards what it staged, or finishes releasing it if it had got that far. MongoDB's
 * multi-document transactions would do this in one step; mongo-java-server has none, and this way
 * works on both.
 */
@Service
class TeamImports {

	private static final Logger log = LoggerFactory.getLogger(TeamImports.class);

	/** Teams written in one batch: one progress step. */
	static final int BATCH = 500;

	/** An import whose worker has been silent this long is taken to have died. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	/** The non-compliant teams a dry run lists (all are counted). */
	static final int LISTED = 200;

	private final TeamService teams;

	private final TeamRepository repository;

	private final MongoTemplate mongo;

	private final Validator validator;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "team-import");
		thread.setDaemon(true);
		return thread;
	});

	TeamImports(TeamService teams, TeamRepository repository, MongoTemplate mongo, Validator validator, Clock clock) {
		this.teams = teams;
		this.repository = repository;
		this.mongo = mongo;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * What importing the file would do, and every problem that stops it; nothing is written.
	 *
	 * @param fileName the file's name
	 * @param rows rows read
	 * @param teams teams described
	 * @param mediators mediators described
	 * @param compliantTeams teams that would meet Art. 12
	 * @param nonCompliantTeams the others (the first {@value #LISTED}), with their reasons
	 * @param problems every problem, by row and column; the file can be imported when there is none
	 */
	record Report(String fileName, int rows, int teams, int mediators, int compliantTeams,
			List<NonCompliantTeam> nonCompliantTeams, List<ProblemView> problems) {

		/** True when the file can be imported as it is. */
		@com.fasterxml.jackson.annotation.JsonProperty("valid")
		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * A team that would not meet Art. 12, and why.
	 *
	 * @param row its first row
	 * @param communeCode its commune
	 * @param villageName its village
	 * @param name its name
	 * @param reasons what it lacks
	 */
	record NonCompliantTeam(int row, String communeCode, String villageName, String name, List<String> reasons) {
	}

	/**
	 * A problem as the API lists it.
	 *
	 * @param field where, in words ("Dòng 5, cột Giới tính")
	 * @param row the row (0: the file)
	 * @param column the column's heading
	 * @param message what is wrong
	 */
	record ProblemView(String field, int row, String column, String message) {

		static ProblemView of(InvalidSheetException.RowProblem problem) {
			return new ProblemView(problem.field(), problem.row(), problem.column(), problem.message());
		}

	}

	Report dryRun(String fileName, byte[] content, Caller caller) {
		caller.require(TeamController.MANAGERS);
		TeamSheet.Plan plan;
		try {
			plan = plan(content, caller);
		}
		catch (InvalidSheetException ex) {
			return new Report(fileName, 0, 0, 0, 0, List.of(),
					ex.problems().stream().map(ProblemView::of).toList());
		}
		int compliant = 0;
		List<NonCompliantTeam> nonCompliant = new ArrayList<>();
		if (plan.problems().isEmpty()) {
			for (TeamSheet.PlannedTeam planned : plan.teams()) {
				MediationTeam team = this.teams.toTeam(planned.request(), Actor.of(caller));
				if (team.compliance().compliant()) {
					compliant++;
				}
				else if (nonCompliant.size() < LISTED) {
					nonCompliant.add(new NonCompliantTeam(planned.firstRow(), team.communeCode(), team.villageName(),
							team.name(), team.compliance().reasons()));
				}
			}
		}
		return new Report(fileName, plan.rows(), plan.teams().size(), plan.mediators(), compliant, nonCompliant,
				plan.problems().stream().map(ProblemView::of).toList());
	}

	/**
	 * Starts importing a file that has no problem; the teams are written in the background.
	 * @throws InvalidSheetException listing every problem, when there is one: nothing is written
	 * @throws ConflictException when the same file was imported already or is being imported
	 */
	TeamImport start(String fileName, byte[] content, Caller caller) {
		caller.require(TeamController.MANAGERS);
		TeamSheet.Plan plan = plan(content, caller);
		if (!plan.problems().isEmpty()) {
			throw new InvalidSheetException(plan.problems());
		}
		if (plan.teams().isEmpty()) {
			throw InvalidSheetException.ofFile("Tệp không có dòng dữ liệu nào.");
		}
		String sha256 = sha256(content);
		TeamImport earlier = this.mongo.findOne(Query.query(Criteria.where("sha256").is(sha256)
			.and("status")
			.in(TeamImport.Status.WRITING, TeamImport.Status.COMMITTING, TeamImport.Status.COMPLETED)), TeamImport.class);
		if (earlier != null) {
			throw new ConflictException("Tệp này đã được nhập (lần nhập " + earlier.id() + ", lúc " + earlier.createdAt()
					+ "). Nhập lại sẽ tạo trùng các tổ hòa giải.");
		}
		Actor actor = Actor.of(caller);
		List<MediationTeam> teams = plan.teams()
			.stream()
			.map((planned) -> this.teams.toTeam(planned.request(), actor))
			.toList();
		int compliant = (int) teams.stream().filter((team) -> team.compliance().compliant()).count();
		Instant now = this.clock.instant();
		TeamImport started = new TeamImport(UUID.randomUUID().toString(), fileName, sha256, caller.subject(),
				TeamImport.Status.WRITING, plan.rows(), teams.size(), plan.mediators(), compliant, 0, null, now, now,
				null);
		this.mongo.insert(started);
		this.worker.submit(() -> write(started.id(), teams));
		return started;
	}

	/** An import, for whoever started it and for the province. */
	TeamImport find(String id, Caller caller) {
		caller.require(TeamController.MANAGERS);
		TeamImport found = this.mongo.findById(id, TeamImport.class);
		if (found == null || !(found.createdBy().equals(caller.subject()) || caller.is(Role.PROVINCE_ADMIN))) {
			throw new NotFoundException("Không tìm thấy lần nhập " + id);
		}
		return found;
	}

	private TeamSheet.Plan plan(byte[] content, Caller caller) {
		return TeamSheet.plan(SheetRows.read(content), caller, this.validator, this.teams);
	}

	private void write(String id, List<MediationTeam> teams) {
		try {
			int written = 0;
			for (int from = 0; from < teams.size(); from += BATCH) {
				List<MediationTeam> batch = teams.subList(from, Math.min(teams.size(), from + BATCH));
				this.repository.stage(id, batch);
				written += batch.size();
				if (!move(id, TeamImport.Status.WRITING, TeamImport.Status.WRITING,
						new Update().set("teamsWritten", written))) {
					// Taken for dead meanwhile: the recovery discards (or discarded) what was staged.
					this.repository.discard(id);
					return;
				}
			}
			if (!move(id, TeamImport.Status.WRITING, TeamImport.Status.COMMITTING, new Update())) {
				return;
			}
		}
		catch (RuntimeException ex) {
			if (move(id, TeamImport.Status.WRITING, TeamImport.Status.FAILED,
					new Update().set("failure", "Lỗi khi ghi dữ liệu; không có tổ hòa giải nào được nhập. Hãy thử lại.")
						.set("finishedAt", this.clock.instant()))) {
				log.error("Import {} failed; what it staged is discarded", id, ex);
				this.repository.discard(id);
			}
			return;
		}
		try {
			complete(id, teams.stream().map(MediationTeam::id).toList());
			// Once the teams are in, their villages are listed under their communes (never for a failed import).
			this.teams.listVillagesOf(teams, "import " + id);
		}
		catch (RuntimeException ex) {
			// Committing: the recovery finishes it once the heartbeat is old enough.
			log.warn("Import {} could not finish committing now; the recovery will", id, ex);
		}
	}

	private void complete(String id, @org.jspecify.annotations.Nullable List<String> teamIds) {
		long released = this.repository.commit(id, teamIds);
		move(id, TeamImport.Status.COMMITTING, TeamImport.Status.COMPLETED,
				new Update().set("finishedAt", this.clock.instant()));
		log.info("Import {} completed: {} teams released", id, released);
	}

	/** Moves an import from one status to another if it is still in the first; true if it was. */
	private boolean move(String id, TeamImport.Status from, TeamImport.Status to, Update update) {
		update.set("status", to).set("heartbeatAt", this.clock.instant());
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(from)), update,
				TeamImport.class).getMatchedCount() == 1;
	}

	/**
	 * Finishes what a dead worker left: an import that was writing is discarded, one that was
	 * committing is completed. Runs at start and every half minute, on every instance.
	 */
	@Scheduled(initialDelay = 5_000, fixedDelay = 30_000)
	void recover() {
		Instant silentSince = this.clock.instant().minus(ABANDONED_AFTER);
		Query abandoned = Query.query(Criteria.where("status")
			.in(TeamImport.Status.WRITING, TeamImport.Status.COMMITTING)
			.and("heartbeatAt")
			.lt(silentSince));
		for (TeamImport left : this.mongo.find(abandoned, TeamImport.class)) {
			if (left.status() == TeamImport.Status.COMMITTING) {
				log.warn("Import {} was interrupted while committing; completing it", left.id());
				complete(left.id(), null);
			}
			else if (move(left.id(), TeamImport.Status.WRITING, TeamImport.Status.FAILED,
					new Update().set("failure", "Lần nhập bị gián đoạn; không có tổ hòa giải nào được nhập. Hãy nhập lại.")
						.set("finishedAt", this.clock.instant()))) {
				log.warn("Import {} was interrupted while writing; discarding {} staged teams", left.id(),
						this.repository.discard(left.id()));
			}
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
