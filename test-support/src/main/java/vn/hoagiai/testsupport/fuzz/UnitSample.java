package vn.hoagiai.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A few real unit codes at every level of a province, for the fields and parameters a fuzzer fills
 * with a unit: the province, its first three districts and the first two communes of each.
 *
 * @param all the province, the districts and the communes
 * @param districts the districts
 * @param communes the communes
 */
public record UnitSample(List<String> all, List<String> districts, List<String> communes) {

	/**
	 * @param province the province's code
	 * @param children the codes of the units directly below a unit
	 */
	public static UnitSample of(String province, Function<String, List<String>> children) {
		List<String> districts = children.apply(province).stream().sorted().limit(3).toList();
		List<String> communes = districts.stream()
			.flatMap((district) -> children.apply(district).stream().sorted().limit(2))
			.toList();
		List<String> all = new ArrayList<>(List.of(province));
		all.addAll(districts);
		all.addAll(communes);
		return new UnitSample(List.copyOf(all), districts, communes);
	}

}
