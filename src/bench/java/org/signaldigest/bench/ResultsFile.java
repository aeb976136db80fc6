package org.signaldigest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * OUT/results.json and OUT/results.md: a section per benchmark command ({@link #SECTIONS}), each run of a command
 * replacing its own section and keeping the others. The Markdown of a section is kept in OUT/results-SECTION.md;
 * results.md is all of them in the order of {@link #SECTIONS}.
 */
final class ResultsFile {

	static final List<String> SECTIONS = List.of("import", "parser", "browse");

	private ResultsFile() {
	}

	static void put(Path out, String section, Map<String, Object> json, String markdown) throws IOException {
		if (!SECTIONS.contains(section)) {
			throw new IllegalArgumentException("unknown section " + section);
		}
		Files.createDirectories(out);
		Path jsonFile = out.resolve("results.json");
		Map<String, Object> all = new LinkedHashMap<>();
		Map<?, ?> before = Files.isRegularFile(jsonFile)
				? JsonMapper.builder().build().readValue(jsonFile.toFile(), Map.class) : Map.of();
		Map<String, Object> timed = new LinkedHashMap<>();
		timed.put("measured", Instant.now().toString());
		timed.putAll(json);
		for (String name : SECTIONS) {
			Object value = name.equals(section) ? timed : before.get(name);
			if (value != null) {
				all.put(name, value);
			}
		}
		Files.writeString(jsonFile, Json.write(all) + "\n");
		Files.writeString(out.resolve("results-" + section + ".md"), markdown.strip() + "\n");
		String combined = SECTIONS.stream()
			.map(name -> out.resolve("results-" + name + ".md"))
			.filter(Files::isRegularFile)
			.map(ResultsFile::read)
			.collect(Collectors.joining("\n"));
		Files.writeString(out.resolve("results.md"), combined);
		System.out.println("Written: " + jsonFile + " (section \"" + section + "\"), " + out.resolve("results.md"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
