package org.signaldigest.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParseResult;
import org.signaldigest.parser.ParsedFinding;
import org.signaldigest.parser.ParsedPage;

/** What the sample pages say, in a fixed order: read with the real parser. */
final class Vocabulary {

	/**
	 * A real word: what the long tail of terms is made of, and what a cell may have
	 * swapped.
	 */
	static final Pattern WORD = Pattern.compile("[A-Za-z][a-z]{3,14}");

	static final int KEYWORD_VOCABULARY = 6000;

	static final int THEME_VOCABULARY = 1500;

	Zipf keywords;

	Zipf themes;

	final List<String> words = new ArrayList<>();

	final List<String> titles = new ArrayList<>();

	final List<String> summaries = new ArrayList<>();

	final List<String> links = new ArrayList<>();

	final List<String> categories = new ArrayList<>();

	final List<String> types = new ArrayList<>();

	final List<String> names = new ArrayList<>();

	final List<String> descriptions = new ArrayList<>();

	final List<String> changes = new ArrayList<>();

	final List<String> tenYears = new ArrayList<>();

	final List<String> forces = new ArrayList<>();

	private Vocabulary() {
	}

	static Vocabulary of(List<byte[]> pages) {
		MarkdownPageParser parser = new MarkdownPageParser(
				Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
		Vocabulary v = new Vocabulary();
		Map<String, Integer> keywordCounts = new TreeMap<>();
		Map<String, Integer> themeCounts = new TreeMap<>();
		Set<String> words = new TreeSet<>();
		for (byte[] bytes : pages) {
			ParseResult result = parser.parse(null, bytes);
			ParsedPage page = result.page();
			if (page == null) {
				continue;
			}
			count(keywordCounts, page.keywords());
			count(themeCounts, page.themes());
			add(v.titles, page.title());
			if (page.title() != null && page.title().matches("[0-9a-f]{32}")) {
				v.titles.remove(page.title());
			}
			add(v.summaries, page.summary());
			add(v.links, page.externalUrl());
			add(v.categories, page.category());
			add(v.types, page.type());
			for (ParsedFinding s : page.findings(FindingKind.SIGNALS)) {
				add(v.names, s.name());
				add(v.descriptions, s.description());
				add(v.changes, s.change());
				add(v.tenYears, s.tenYear());
				add(v.forces, s.drivingForce());
			}
			for (List<ParsedFinding> table : List.of(page.findings(FindingKind.CONCERNS),
					page.findings(FindingKind.BEHAVIORS), page.findings(FindingKind.TECHNOLOGIES),
					page.findings(FindingKind.ISSUES))) {
				for (ParsedFinding f : table) {
					add(v.names, f.name());
					add(v.descriptions, f.description());
				}
			}
		}
		Matcher m = WORD.matcher(String.join(" ", v.summaries) + " " + String.join(" ", v.descriptions));
		while (m.find()) {
			words.add(m.group().toLowerCase(Locale.ROOT));
		}
		v.words.addAll(words);
		v.keywords = new Zipf(withTail(ranked(keywordCounts), v.words, KEYWORD_VOCABULARY, 11));
		v.themes = new Zipf(withTail(ranked(themeCounts), v.words, THEME_VOCABULARY, 13));
		return v;
	}

	private static void add(List<String> pool, String text) {
		if (text == null) {
			return;
		}
		String clean = text.replace('\n', ' ').replace('\r', ' ').strip();
		if (clean.length() >= 3 && !clean.equals("N/A") && !pool.contains(clean)) {
			pool.add(clean);
		}
	}

	private static void count(Map<String, Integer> counts, List<String> terms) {
		for (String term : terms) {
			if (term.strip().length() > 1) {
				counts.merge(term.strip(), 1, Integer::sum);
			}
		}
	}

	/** Most frequent first, then alphabetical. */
	private static List<String> ranked(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The real terms, then pairs of real words until the vocabulary has size terms. */
	private static List<String> withTail(List<String> real, List<String> words, int size, long seed) {
		Set<String> terms = new LinkedHashSet<>(real);
		Set<String> lower = new HashSet<>();
		real.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
		Random random = new Random(seed);
		while (terms.size() < size) {
			String term = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
			if (lower.add(term)) {
				terms.add(term);
			}
		}
		return new ArrayList<>(terms);
	}

}
