package org.signaldigest.finding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.web.CsvWriter;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/signals.csv} and its four siblings: every row of the same view as the
 * table, streamed as RFC 4180 CSV (UTF-8, header row, article id and title included) as
 * the database returns it.
 */
@RestController
class FindingCsvController {

	private final FilterTerms terms;

	private final FindingQueries queries;

	FindingCsvController(FindingQueries queries, FilterTerms terms) {
		this.terms = terms;
		this.queries = queries;
	}

	@GetMapping("/api/{kind:" + FindingKind.PATHS + "}.csv")
	void export(@PathVariable String kind, @Valid @ModelAttribute Filter filter, Sort sort,
			HttpServletResponse response) throws IOException {
		ResolvedFilter resolved = terms.resolve(filter);
		FindingKind findingKind = FindingColumns.kind(kind);
		Sort checked = FindingColumns.of(findingKind).check(sort);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(kind + ".csv").build().toString());
		CsvWriter csv = new CsvWriter(response.getWriter());
		csv.row(header(findingKind));
		queries.forEach(findingKind, resolved, checked, row -> csv.row(values(findingKind, row)));
		csv.flush();
	}

	private static List<String> header(FindingKind kind) {
		List<String> header = new ArrayList<>(
				List.of("articleId", "articleTitle", "digestId", "digestDate", "name", "description"));
		if (kind.isSignal()) {
			header.addAll(List.of("change", "tenYear", "drivingForce"));
		}
		header.add("relevancy");
		return header;
	}

	private static List<String> values(FindingKind kind, FindingRow row) {
		List<String> values = new ArrayList<>(Arrays.asList(row.articleId(), row.articleTitle(), row.digestId(),
				row.digestDate() == null ? null : row.digestDate().toString(), row.name(), row.description()));
		if (kind.isSignal()) {
			values.add(row.change());
			values.add(row.tenYear());
			values.add(row.drivingForce());
		}
		values.add(row.relevancy() == null ? null : row.relevancy().toString());
		return values;
	}

}
