package vn.hoagiai.registry.team;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hoagiai.contracts.units.AdministrativeUnit;
import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.kit.problem.ProblemDetailsAdvice;
import vn.hoagiai.kit.security.Caller;

/**
 * Bulk import of teams and mediators from Excel (.xlsx) or CSV: the template to fill in, a dry run
 * that lists every problem by row and column, and the import itself, which adds the whole file or
 * nothing and can be followed while it writes.
 */
@RestController
@RequestMapping("/api/registry/imports")
class TeamImportController {

	/** The most problems one answer lists (all are counted). */
	static final int LISTED_PROBLEMS = 1000;

	private final TeamImports imports;

	private final TeamService teams;

	private final AdministrativeUnits units;

	TeamImportController(TeamImports imports, TeamService teams, AdministrativeUnits units) {
		this.imports = imports;
		this.teams = teams;
		this.units = units;
	}

	/** The Excel template, listing the communes the caller may import teams for. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template(Caller caller) {
		caller.require(TeamController.MANAGERS);
		String scope = java.util.Objects.requireNonNull(caller.unit());
		List<AdministrativeUnit> communes = this.teams.communesOf(scope)
			.stream()
			.map((code) -> this.units.find(code).orElseThrow())
			.sorted(java.util.Comparator.comparing(AdministrativeUnit::code))
			.toList();
		byte[] workbook = TeamWorkbook.template(communes, (commune) -> (commune.parentCode() == null) ? ""
				: this.units.find(commune.parentCode()).map(AdministrativeUnit::name).orElse(""));
		return file(workbook, TeamWorkbook.XLSX, "mau-nhap-to-hoa-giai.xlsx");
	}

	/** The CSV template: the heading line. */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate(Caller caller) {
		caller.require(TeamController.MANAGERS);
		return file(TeamWorkbook.csvTemplate(), "text/csv;charset=UTF-8", "mau-nhap-to-hoa-giai.csv");
	}

	/**
	 * With {@code dryRun=true}: what the import would do and every problem, nothing written (200).
	 * Otherwise: the import starts (202, its progress at {@code Location}), or every problem is listed
	 * (422) and nothing is written.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> upload(Caller caller, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		String name = (file.getOriginalFilename() == null) ? "" : file.getOriginalFilename();
		byte[] content = file.getBytes();
		if (dryRun) {
			TeamImports.Report report = this.imports.dryRun(name, content, caller);
			return ResponseEntity.ok(report.problems().size() > LISTED_PROBLEMS
					? new TeamImports.Report(report.fileName(), report.rows(), report.teams(), report.mediators(),
							report.compliantTeams(), report.nonCompliantTeams(),
							report.problems().subList(0, LISTED_PROBLEMS))
					: report);
		}
		TeamImport started = this.imports.start(name, content, caller);
		return ResponseEntity.accepted()
			.location(URI.create("/api/registry/imports/" + started.id()))
			.body(ImportView.of(started));
	}

	@GetMapping("/{id}")
	ImportView one(Caller caller, @PathVariable String id) {
		return ImportView.of(this.imports.find(id, caller));
	}

	/** A file that cannot be imported: 422, each problem at its row and column. */
	@ExceptionHandler(InvalidSheetException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSheetException ex) {
		List<InvalidSheetException.RowProblem> problems = ex.problems();
		ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-file",
				"Tệp không nhập được", "Tệp có " + problems.size()
						+ " lỗi; chưa có dòng nào được nhập. Hãy sửa các lỗi theo dòng và cột rồi nhập lại.");
		problem.setProperty("errors", problems.stream().limit(LISTED_PROBLEMS).map(TeamImports.ProblemView::of).toList());
		problem.setProperty("errorCount", problems.size());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	/**
	 * An import as the API shows it.
	 *
	 * @param id its id
	 * @param fileName the file's name
	 * @param status WRITING, COMMITTING, COMPLETED or FAILED
	 * @param rows rows read
	 * @param teams teams in the file
	 * @param mediators mediators in the file
	 * @param compliantTeams teams meeting Art. 12
	 * @param teamsWritten teams written so far
	 * @param percent progress, 0 to 100
	 * @param failure why it failed, if it did
	 * @param createdAt when it started
	 * @param finishedAt when it ended
	 */
	record ImportView(String id, String fileName, TeamImport.Status status, int rows, int teams, int mediators,
			int compliantTeams, int teamsWritten, int percent, @org.jspecify.annotations.Nullable String failure,
			java.time.Instant createdAt, java.time.@org.jspecify.annotations.Nullable Instant finishedAt) {

		static ImportView of(TeamImport job) {
			int percent = (job.status() == TeamImport.Status.COMPLETED) ? 100
					: (job.teams() == 0) ? 0 : (int) (99L * job.teamsWritten() / job.teams());
			return new ImportView(job.id(), job.fileName(), job.status(), job.rows(), job.teams(), job.mediators(),
					job.compliantTeams(), job.teamsWritten(), percent, job.failure(), job.createdAt(), job.finishedAt());
		}

	}

}
