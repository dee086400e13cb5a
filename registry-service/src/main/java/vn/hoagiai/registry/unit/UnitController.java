package vn.hoagiai.registry.unit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hoagiai.contracts.units.AdministrativeUnits;
import vn.hoagiai.contracts.units.UnitLevel;
import vn.hoagiai.kit.problem.NotFoundException;

/** Administrative units: look-up and search without diacritics. */
@RestController
@RequestMapping("/api/registry/units")
class UnitController {

	private final UnitCatalogue catalogue;

	UnitController(UnitCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The official units are public reference data: any signed-in caller may look them up. */
	@GetMapping
	List<UnitView> search(
			@RequestParam(defaultValue = "") @Size(max = 100, message = "Từ khóa tìm kiếm tối đa 100 ký tự")
			// a NUL cannot go into the database's regular expression: refused here rather than failing there
			@Pattern(regexp = "\\P{Cntrl}*", message = "Từ khóa tìm kiếm không được chứa ký tự điều khiển") String q,
			@RequestParam(required = false) @Nullable UnitLevel level,
			@RequestParam(required = false) @Nullable @Size(max = 20, message = "Mã đơn vị tối đa 20 ký tự") String parent,
			@RequestParam(defaultValue = AdministrativeUnits.THREE_TIER_VERSION) @Pattern(regexp = "2025-03-01|2025-07-01",
					message = "Phiên bản danh mục đơn vị hành chính phải là 2025-03-01 (ba cấp) hoặc 2025-07-01 (hai cấp)") String hierarchy,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "Số kết quả tối thiểu là 1")
			@Max(value = 500, message = "Số kết quả tối đa là 500") int limit) {
		return this.catalogue.search(q, level, parent, hierarchy, limit);
	}

	@GetMapping("/{code}")
	UnitView one(@PathVariable String code) {
		return this.catalogue.find(code)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị hành chính có mã " + code));
	}

}
