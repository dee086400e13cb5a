package vn.hoagiai.reporting.rollup;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/**
 * The one call that recomputes the whole rollup from the topics into a fresh store and switches to it
 * without downtime ({@link RollupGenerations}); for the province's administrator.
 */
@RestController
@RequestMapping("/api/reporting/rollups/rebuild")
class RebuildController {

	private final RollupGenerations generations;

	RebuildController(RollupGenerations generations) {
		this.generations = generations;
	}

	/**
	 * The rollup's generations as the API shows them.
	 *
	 * @param currentGeneration the generation queries read
	 * @param rebuild the rebuild under way, null when none
	 * @param done rebuilds finished, the latest last
	 */
	record Generations(long currentGeneration, @Nullable Rebuild rebuild, List<Rebuild> done) {

		static Generations of(RollupState state) {
			return new Generations(state.current(), (state.rebuild() != null) ? Rebuild.of(state.rebuild()) : null,
					state.done().stream().map(Rebuild::of).toList());
		}

	}

	/**
	 * One rebuild.
	 *
	 * @param generation the generation it builds
	 * @param stage READING_SOURCES, DRAINING, WRITING or SWITCHED
	 * @param stageName the stage in Vietnamese
	 * @param requestedAt when it was asked for
	 * @param switchedAt when queries moved to it
	 */
	record Rebuild(long generation, RollupState.Stage stage, String stageName, Instant requestedAt,
			@Nullable Instant switchedAt) {

		static Rebuild of(RollupState.Rebuild rebuild) {
			return new Rebuild(rebuild.generation(), rebuild.stage(), name(rebuild.stage()), rebuild.requestedAt(),
					rebuild.switchedAt());
		}

		private static String name(RollupState.Stage stage) {
			return switch (stage) {
				case READING_SOURCES -> "Đang đọc lại toàn bộ sự kiện";
				case DRAINING -> "Đang tổng hợp";
				case WRITING -> "Đang ghi số liệu mới";
				case SWITCHED -> "Đã chuyển sang số liệu mới";
			};
		}

	}

	/** Starts a rebuild (201), or answers with the one under way (200): never two at once. */
	@PostMapping
	ResponseEntity<Generations> rebuild(Caller caller) {
		caller.require(Role.PROVINCE_ADMIN);
		RollupGenerations.Asked asked = this.generations.rebuild(caller.subject());
		return ResponseEntity.status(asked.started() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Generations.of(asked.state()));
	}

	/** The current generation, the rebuild under way and the ones finished. */
	@GetMapping
	Generations generations(Caller caller) {
		caller.require(Role.PROVINCE_ADMIN);
		return Generations.of(this.generations.state());
	}

}
