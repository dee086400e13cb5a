package vn.hoagiai.registry.unit;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.kit.security.Caller;
import vn.hoagiai.kit.security.Role;

/** The villages and residential groups of a commune, created by the commune (or the levels above it). */
@RestController
@RequestMapping("/api/registry/units/{communeCode}/villages")
class VillageController {

	/** Who may create villages: the commune itself, its district and the province. */
	static final Role[] MANAGERS = { Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER };

	private final Villages villages;

	VillageController(Villages villages) {
		this.villages = villages;
	}

	/**
	 * A new village.
	 *
	 * @param name its name, e.g. "Thôn Kim Châu" or "Khu vực 5"
	 */
	record NewVillage(@NotBlank(message = "Tên thôn, tổ dân phố là bắt buộc")
	@Size(max = 200, message = "Tên thôn, tổ dân phố tối đa 200 ký tự") String name) {
	}

	@PostMapping
	ResponseEntity<Village> create(Caller caller, @PathVariable String communeCode,
			@Valid @RequestBody NewVillage request) {
		caller.require(MANAGERS);
		Village village = this.villages.create(communeCode, request.name(), caller);
		return ResponseEntity.created(URI.create("/api/registry/units/" + communeCode + "/villages")).body(village);
	}

	/** Villages are reference data like the units: any signed-in caller may read them. */
	@GetMapping
	List<Village> list(@PathVariable String communeCode) {
		return this.villages.of(communeCode);
	}

}
