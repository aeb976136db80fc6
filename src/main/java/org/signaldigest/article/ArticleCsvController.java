package org.signaldigest.article;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.ResolvedFilter;
import org.signaldigest.web.CsvWriter;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every article matching the filters of the articles page, as CSV, streamed row by row.
 */
@RestController
class ArticleCsvController {

	private final FilterTerms terms;

	private final ArticleListQueries list;

	ArticleCsvController(ArticleListQueries list, FilterTerms terms) {
		this.terms = terms;
		this.list = list;
	}

	@GetMapping("/api/articles.csv")
	void csv(@Valid @ModelAttribute("filter") Filter filter, Sort sort, HttpServletResponse response)
			throws IOException {
		ResolvedFilter resolved = terms.resolve(filter);
		Sort checked = ArticleListQueries.check(sort);
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("articles.csv").build().toString());
		CsvWriter csv = new CsvWriter(response.getWriter());
		csv.row("id", "title", "digestId", "digestDate", "externalUrl", "category", "type");
		list.forEach(resolved, checked, row -> csv.row(row.id(), row.title(), row.digestId(), text(row.digestDate()),
				row.externalUrl(), row.category(), row.type()));
		csv.flush();
	}

	private static String text(LocalDate date) {
		return Objects.toString(date, null);
	}

}
