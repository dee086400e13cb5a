package vn.hoagiai.reporting.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.hoagiai.reporting.rollup.Figures;

/**
 * The indicators, loaded from {@code indicators.json} when the service starts and checked there: a
 * definition that names an unknown figure, repeats an id, asks for a period on figures not kept by
 * month, or has a target without a denominator stops the start with every problem listed.
 */
final class IndicatorCatalogue {

	static final String RESOURCE = "indicators.json";

	private final String source;

	private final Map<String, IndicatorDefinition> byId;

	private final Map<String, String> awaitedFigures;

	private IndicatorCatalogue(String source, Map<String, IndicatorDefinition> byId, Map<String, String> awaitedFigures) {
		this.source = source;
		this.byId = byId;
		this.awaitedFigures = awaitedFigures;
	}

	/** The file as written. */
	record File(String source, @Nullable List<AwaitedFigure> awaitedFigures, List<IndicatorDefinition> indicators) {
	}

	/**
	 * A figure an indicator needs that no event feeds yet: it counts as zero until one does.
	 *
	 * @param name the figure's name
	 * @param description why it is not fed yet, in Vietnamese
	 */
	record AwaitedFigure(String name, String description) {
	}

	static IndicatorCatalogue load() {
		try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("indicator definitions missing from the class path: " + RESOURCE);
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static IndicatorCatalogue parse(InputStream json) {
		File file;
		try {
			file = JsonMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.build()
				.readValue(json, File.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("indicator definitions unreadable: " + ex.getOriginalMessage(), ex);
		}
		Map<String, String> awaited = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		if (file.awaitedFigures() != null) {
			for (AwaitedFigure figure : file.awaitedFigures()) {
				if (Figures.ALL.contains(figure.name())) {
					problems.add("awaited figure " + figure.name() + " is fed by the rollup already");
				}
				awaited.put(figure.name(), figure.description());
			}
		}
		Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
		Set<String> used = new HashSet<>();
		for (IndicatorDefinition indicator : file.indicators()) {
			String id = indicator.id();
			if (id == null || !id.matches("[a-z][A-Za-z0-9]*")) {
				problems.add("indicator id '" + id + "' is not a camelCase name");
				continue;
			}
			if (byId.putIfAbsent(id, indicator) != null) {
				problems.add(id + ": the id is used twice");
			}
			if (indicator.numerator().isEmpty()) {
				problems.add(id + ": no numerator");
			}
			if (indicator.levels().isEmpty()) {
				problems.add(id + ": no unit level");
			}
			List<String> figures = new ArrayList<>(indicator.numerator());
			figures.addAll(indicator.denominator());
			for (String figure : figures) {
				used.add(figure);
				if (!Figures.ALL.contains(figure) && !awaited.containsKey(figure)) {
					problems.add(id + ": unknown figure " + figure);
				}
				if (indicator.periodic() && !Figures.BY_MONTH.contains(figure)) {
					problems.add(id + ": periodic, but " + figure + " is not kept by month");
				}
			}
			if (indicator.isRatio() && (indicator.scale() == null || indicator.scale().signum() <= 0)) {
				problems.add(id + ": a ratio needs a positive scale");
			}
			if (!indicator.isRatio() && indicator.scale() != null) {
				problems.add(id + ": a count has no scale");
			}
			if (!indicator.isRatio() && indicator.target() != null) {
				problems.add(id + ": a target needs a ratio (numerator and denominator)");
			}
			if (indicator.target() != null && (indicator.target().comparison() == null || indicator.target().value() == null)) {
				problems.add(id + ": a target needs a comparison and a value");
			}
			if (indicator.name() == null || indicator.name().isBlank() || indicator.measure() == null) {
				problems.add(id + ": a name and a measure are required");
			}
		}
		awaited.keySet().stream().filter((name) -> !used.contains(name))
			.forEach((name) -> problems.add("awaited figure " + name + " is used by no indicator"));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("invalid indicator definitions: " + String.join("; ", problems));
		}
		return new IndicatorCatalogue(file.source(), byId, awaited);
	}

	List<IndicatorDefinition> all() {
		return List.copyOf(this.byId.values());
	}

	Optional<IndicatorDefinition> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	String source() {
		return this.source;
	}

	/** Why a figure is zero for now, for figures that no event feeds yet. */
	Optional<String> awaited(String figure) {
		return Optional.ofNullable(this.awaitedFigures.get(figure));
	}

}
