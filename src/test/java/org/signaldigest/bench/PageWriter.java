package org.signaldigest.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.signaldigest.bench.CorpusGenerator.Form;
import org.signaldigest.bench.CorpusGenerator.Page;
import org.signaldigest.bench.CorpusGenerator.Quirk;

/**
 * Writes one page in the old form (Summary first, 4-column Signals, Closest) or the new
 * one (Other, five tables).
 */
final class PageWriter {

	private static final String[] FINDING_TABLES = { "Concerns", "Behaviors", "Technologies", "Issues" };

	private final VocabularySampler sampler;

	private final Vocabulary vocabulary;

	private final Random random;

	private final String id;

	private final List<String> recentIds;

	private final Form form;

	private final Quirk quirk;

	private final StringBuilder out = new StringBuilder(12_000);

	/** Draws the page's form and quirk. */
	PageWriter(VocabularySampler sampler, String id, List<String> recentIds) {
		this.sampler = sampler;
		this.vocabulary = sampler.vocabulary;
		this.random = sampler.random;
		this.id = id;
		this.recentIds = recentIds;
		this.form = random.nextDouble() < CorpusGenerator.OLD_FORM_SHARE ? Form.OLD : Form.NEW;
		this.quirk = Quirks.draw(random);
	}

	Page write() {
		LocalDate date = CorpusGenerator.FIRST_DIGEST.plusWeeks(random.nextInt(CorpusGenerator.DIGEST_WEEKS));
		heading(Quirks.digestId(quirk, date, random));
		if (form == Form.OLD) {
			summary();
			terms();
			oldSignals();
			closest();
		}
		else {
			terms();
			other();
			summary();
			newSignals();
			for (String table : FINDING_TABLES) {
				if (random.nextInt(10) < 9) {
					findings(table);
				}
			}
		}
		String markdown = out.toString();
		if (quirk == Quirk.MOJIBAKE) {
			markdown = Quirks.mojibake(markdown);
		}
		return new Page(id, markdown, form, quirk, quirk == Quirk.NUMERIC_DIGEST_ID ? null : date);
	}

	private void heading(String digestId) {
		String digestUrl = "https://kghosh.substack.com/p/" + digestId;
		if (quirk == Quirk.UNTITLED) {
			out.append("# ")
				.append(id)
				.append(" from ([")
				.append(digestId)
				.append("](")
				.append(digestUrl)
				.append(").)\n\n");
			return;
		}
		out.append("# __").append(sampler.text(vocabulary.titles, 200)).append("__, ");
		if (form == Form.OLD) {
			out.append("from ([").append(digestId).append("](").append(digestUrl).append(").)\n\n");
		}
		else {
			out.append("(from page [").append(digestId).append("](").append(digestUrl).append(").)\n\n");
		}
		out.append("__[External link](").append(sampler.pick(vocabulary.links)).append(")__\n\n\n\n");
	}

	private void summary() {
		out.append("## Summary\n\n").append(sampler.text(vocabulary.summaries, 1500)).append("\n\n");
	}

	private void terms() {
		List<String> keywords = sampler.keywords();
		List<String> themes = sampler.themes();
		out.append("## Keywords\n\n");
		list(keywords);
		out.append("## Themes\n\n");
		list(themes);
	}

	private void list(List<String> items) {
		for (String bullet : Quirks.bullets(quirk, items)) {
			out.append("* ").append(bullet).append('\n');
		}
		out.append('\n');
	}

	private void other() {
		out.append("## Other\n\n* Category: ")
			.append(sampler.pick(vocabulary.categories))
			.append("\n* Type: ")
			.append(sampler.pick(vocabulary.types))
			.append("\n\n");
	}

	private void oldSignals() {
		int rows = sampler.rows();
		List<String[]> cells = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			boolean na = Quirks.notAvailable(quirk, form, r);
			cells.add(new String[] { sampler.cell(vocabulary.names, 120),
					na ? "N/A" : sampler.cell(vocabulary.changes, 120),
					na ? "N/A" : sampler.cell(vocabulary.tenYears, 120),
					na ? "N/A" : sampler.cell(vocabulary.forces, 120) });
		}
		out.append("## Signals\n\n");
		PipeTable.append(out, new String[] { "Signal", "Change", "10y horizon", "Driving force" }, cells, false);
	}

	private void newSignals() {
		int rows = sampler.rows();
		List<String[]> cells = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			boolean na = Quirks.notAvailable(quirk, form, r);
			cells.add(new String[] { sampler.cell(vocabulary.names, 120),
					sampler.cell(vocabulary.descriptions, CorpusGenerator.MAX_CELL),
					sampler.cell(vocabulary.changes, CorpusGenerator.MAX_CELL),
					na ? "N/A" : sampler.cell(vocabulary.tenYears, CorpusGenerator.MAX_CELL),
					sampler.cell(vocabulary.forces, CorpusGenerator.MAX_CELL), sampler.relevancy() });
		}
		out.append("## Signals\n\n");
		PipeTable.append(out, new String[] { "name", "description", "change", "10-year", "driving-force", "relevancy" },
				cells, true);
	}

	private void findings(String title) {
		int rows = sampler.rows();
		List<String[]> cells = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			cells.add(new String[] { sampler.cell(vocabulary.names, 120),
					sampler.cell(vocabulary.descriptions, CorpusGenerator.MAX_CELL), sampler.relevancy() });
		}
		out.append("## ").append(title).append("\n\n");
		PipeTable.append(out, new String[] { "name", "description", "relevancy" }, cells, true);
	}

	private void closest() {
		int count = 3 + random.nextInt(3);
		out.append("## Closest\n\n");
		for (int i = 0; i < count; i++) {
			String related = !recentIds.isEmpty() && random.nextBoolean()
					? recentIds.get(random.nextInt(recentIds.size())) : sampler.id();
			out.append("* [").append(sampler.text(vocabulary.titles, 200)).append("](").append(related).append(")\n");
		}
	}

}
