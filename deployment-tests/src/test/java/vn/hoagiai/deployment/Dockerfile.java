package vn.hoagiai.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Dockerfile read into its instructions (continuation lines joined, comments dropped). */
final class Dockerfile {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern INSTRUCTION = Pattern.compile("^([A-Za-z]+)\\s+(.*)$", Pattern.DOTALL);

	private final Path file;

	private final List<Instruction> instructions;

	private Dockerfile(Path file) {
		this.file = file;
		this.instructions = parse(Repository.read(file));
	}

	static Dockerfile read(Path file) {
		return new Dockerfile(file);
	}

	Path file() {
		return this.file;
	}

	List<Instruction> instructions() {
		return this.instructions;
	}

	List<Instruction> all(String keyword) {
		return this.instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
	}

	/** The instructions of the last stage, the image that runs. */
	List<Instruction> finalStage() {
		int lastFrom = 0;
		for (int i = 0; i < this.instructions.size(); i++) {
			if (this.instructions.get(i).keyword().equals("FROM")) {
				lastFrom = i;
			}
		}
		return this.instructions.subList(lastFrom, this.instructions.size());
	}

	private static List<Instruction> parse(String text) {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			Matcher matcher = INSTRUCTION.matcher(current.toString().strip());
			if (matcher.matches()) {
				instructions.add(new Instruction(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2).strip()));
			}
			current.setLength(0);
		}
		return instructions;
	}

	/** One instruction: its keyword and the rest of it. */
	record Instruction(String keyword, String arguments) {

		/** The flags written before the arguments, like {@code --from=layers}. */
		List<String> flags() {
			List<String> flags = new ArrayList<>();
			for (String word : this.arguments.split("\\s+")) {
				if (!word.startsWith("--")) {
					break;
				}
				flags.add(word);
			}
			return flags;
		}

		/** The words after the flags; for the JSON (exec) form, the array's items. */
		List<String> words() {
			return execForm(afterFlags());
		}

		/** A HEALTHCHECK's command, after its options and {@code CMD}. */
		List<String> healthcheckCommand() {
			String rest = afterFlags();
			if (!rest.startsWith("CMD")) {
				throw new AssertionError("HEALTHCHECK without CMD: " + this.arguments);
			}
			return execForm(rest.substring("CMD".length()).strip());
		}

		private String afterFlags() {
			String rest = this.arguments;
			for (String flag : flags()) {
				rest = rest.substring(rest.indexOf(flag) + flag.length()).strip();
			}
			return rest;
		}

		private static List<String> execForm(String rest) {
			if (rest.startsWith("[")) {
				try {
					return JSON.readValue(rest, new TypeReference<List<String>>() {
					});
				}
				catch (Exception ex) {
					throw new AssertionError("Not a JSON array: " + rest, ex);
				}
			}
			return List.of(rest.split("\\s+"));
		}

	}

}
