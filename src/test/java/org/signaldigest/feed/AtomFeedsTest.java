package org.signaldigest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.signaldigest.EmptyDatabaseExtension;
import org.signaldigest.SamplePages;
import org.signaldigest.TestPage;
import org.signaldigest.finding.FindingQueries;
import org.signaldigest.finding.FindingRow;
import org.signaldigest.importing.ImportListener;
import org.signaldigest.importing.ImportOutcome;
import org.signaldigest.importing.ImportService;
import org.signaldigest.kind.FindingKind;
import org.signaldigest.listing.Filter;
import org.signaldigest.listing.FilterTerms;
import org.signaldigest.listing.TestFilters;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feeds over a real server on the sample pages, read with Rome. Expected orders were
 * worked out from the pages' digest dates and their numbers of signal rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(EmptyDatabaseExtension.class)
class AtomFeedsTest {

	private static final String VICUNA = "27203920581";

	private static final Pattern ADVERTISED = Pattern
		.compile("<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]*\" href=\"([^\"]+)\">");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	FilterTerms terms;

	@Autowired
	ImportService imports;

	@Autowired
	FindingQueries findings;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@BeforeEach
	void importSamples() {
		imports.importPaths(List.of(SamplePages.copyTo(folder)), false, ImportListener.NONE);
	}

	@Test
	void aTablesFeedIsItsNewest50RowsNewestDigestFirstThenInPageOrder() throws Exception {
		Feed feed = feed("/signals.atom");

		assertThat(feed.getEntries()).hasSize(FeedQueries.MAX_ENTRIES);
		List<String> expectedPages = pages("001b195bbddec8fb0193b668a70aa883", 5, "da98601c0f6c1c94ef66d98bc8806aca", 6,
				"0a2e0bf6b4a53de0701f6204185f9e36", 4, "00ad32cd528c6694bc92a7385743064c", 5,
				"00344fccd0922ea64c011f2e3e163153", 5, "02aa17b4b1a6e60fd84fd570ada11997", 5, "27967287417", 1,
				"27739562162", 5, "000_7dbf54652c1df20c", 5, VICUNA, 5, "27745422706", 4);
		assertThat(feed.getEntries()).extracting(AtomFeeds::pageId).containsExactlyElementsOf(expectedPages);
		assertThat(feed.getEntries().subList(0, 5)).extracting(Entry::getTitle)
			.containsExactly("Humor in Academia", "Public Engagement with Science",
					"Cultural Acceptance of Bodily Functions", "Interdisciplinary Research",
					"Legacy of Satirical Science");
		assertThat(AtomFeeds.ids(feed).subList(0, 2)).containsExactly(
				"tag:signal-digest,2026:signals/001b195bbddec8fb0193b668a70aa883/0",
				"tag:signal-digest,2026:signals/001b195bbddec8fb0193b668a70aa883/1");
		assertThat(feed.getEntries().get(0).getPublished()).isEqualTo(Date.from(Instant.parse("2029-09-11T00:00:00Z")));
		assertThat(AtomFeeds.alternate(feed.getEntries().get(0)))
			.isEqualTo(url("/articles/001b195bbddec8fb0193b668a70aa883#signals"));
		assertThat(feed.getUpdated())
			.isEqualTo(feed.getEntries().stream().map(Entry::getUpdated).max(Comparator.naturalOrder()).orElseThrow());
	}

	@Test
	void everyFilterOfTheTableAppliesToItsFeed() throws Exception {
		assertSameRows("/signals.atom?minRelevancy=5&theme=artificial-intelligence",
				TestFilters.parse("minRelevancy=5&theme=artificial-intelligence"));
		assertSameRows("/signals.atom?category=technology&type=news&relevancy=4&relevancy=5",
				TestFilters.parse("relevancy=4&relevancy=5&category=technology&type=news"));
		assertSameRows("/signals.atom?from=2026-01-01&to=2026-12-31&keyword=evaluation",
				TestFilters.parse("keyword=evaluation&from=2026-01-01&to=2026-12-31"));
		assertSameRows("/concerns.atom?q=chatbots", TestFilters.parse("q=chatbots"));
		assertThat(feed("/signals.atom?minRelevancy=5&theme=artificial-intelligence").getEntries()).isNotEmpty()
			.allSatisfy(entry -> assertThat(AtomFeeds.pageId(entry)).isIn("000_7dbf54652c1df20c", "27739562162"));
		assertThat(feed("/issues.atom?theme=no-such-theme").getEntries()).isEmpty();
	}

	@Test
	void entryIdsStayTheSameWhenTheirPageIsImportedAgainWithOtherBytes() throws Exception {
		String vicunaSignals = "/signals.atom?from=2023-04-16&to=2023-04-16";
		List<String> before = AtomFeeds.ids(feed(vicunaSignals));
		List<Long> rowsBefore = rowIds(VICUNA);

		Files.writeString(folder.resolve(VICUNA + ".md"), "\n", StandardOpenOption.APPEND);
		assertThat(imports.importPaths(List.of(folder), false, ImportListener.NONE).count(ImportOutcome.UPDATED))
			.isEqualTo(1);

		assertThat(rowIds(VICUNA)).as("the rows were written again")
			.hasSameSizeAs(rowsBefore)
			.doesNotContainAnyElementsOf(rowsBefore);
		assertThat(before).hasSize(5)
			.allSatisfy(id -> assertThat(id).startsWith("tag:signal-digest,2026:signals/" + VICUNA + "/"));
		assertThat(AtomFeeds.ids(feed(vicunaSignals))).isEqualTo(before);
	}

	@Test
	void markupInTheDataIsTextInTheFeed() throws Exception {
		TestPage.importAll(imports,
				TestPage.page("hostile")
					.title("<b>Bold</b> & <i>brash</i>")
					.digest("20300101")
					.summary("<script>alert(1)</script>")
					.signal("<script>alert(2)</script>", 5));

		byte[] signals = get("/signals.atom?from=2030-01-01").body();
		Entry signal = AtomFeeds.parse(signals).getEntries().get(0);
		Entry article = feed("/articles.atom?from=2030-01-01").getEntries().get(0);

		assertThat(new String(signals, StandardCharsets.UTF_8)).doesNotContain("<script>").contains("&lt;script&gt;");
		assertThat(signal.getTitle()).isEqualTo("<script>alert(2)</script>");
		assertThat(signal.getSummary().getValue()).isEqualTo("about <script>alert(2)</script>");
		assertThat(article.getTitle()).isEqualTo("<b>Bold</b> & <i>brash</i>");
		assertThat(article.getSummary().getValue()).isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void aTermsFeedIsItsArticlesNewestDigestFirst() throws Exception {
		Feed feed = feed("/themes/artificial-intelligence.atom");

		assertThat(feed.getTitle()).startsWith("Theme: ");
		assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo(url("/themes/artificial-intelligence"));
		assertThat(AtomFeeds.ids(feed)).containsExactly("tag:signal-digest,2026:articles/27739562162",
				"tag:signal-digest,2026:articles/000_7dbf54652c1df20c");
		assertThat(get("/keywords/no-such-keyword.atom").statusCode()).isEqualTo(404);
	}

	@Test
	void theArticlesFeedTakesTheArticlesFiltersAndRefusesRelevancy() throws Exception {
		assertThat(AtomFeeds.ids(feed("/articles.atom?from=2026-01-01"))).containsExactly(
				"tag:signal-digest,2026:articles/001b195bbddec8fb0193b668a70aa883",
				"tag:signal-digest,2026:articles/da98601c0f6c1c94ef66d98bc8806aca",
				"tag:signal-digest,2026:articles/0a2e0bf6b4a53de0701f6204185f9e36");
		assertThat(feed("/articles.atom").getEntries()).hasSize(SamplePages.COUNT);
		HttpResponse<byte[]> relevancy = get("/articles.atom?minRelevancy=4");
		assertThat(relevancy.statusCode()).isEqualTo(400);
		assertThat(new String(relevancy.body(), StandardCharsets.UTF_8)).contains("articles have no relevancy");
	}

	@Test
	void theFeedsThatPagesAdvertiseAreServed() throws Exception {
		for (String page : List.of("/signals?theme=artificial-intelligence&minRelevancy=4&sort=name,asc",
				"/articles?category=technology", "/keywords/zoom")) {
			String html = new String(get(page).body(), StandardCharsets.UTF_8);
			Matcher advertised = ADVERTISED.matcher(html);
			assertThat(advertised.find()).as("a feed on " + page).isTrue();
			String href = advertised.group(1).replace("&amp;", "&");

			assertThat(feed(href).getEntries()).as(href).isNotEmpty();
		}
	}

	/**
	 * The feed has the same rows as the table with the same filter (fewer than a feed's
	 * cap).
	 */
	private void assertSameRows(String feedPath, Filter filter) throws Exception {
		FindingKind kind = FindingKind.fromPath(feedPath.substring(1, feedPath.indexOf(".atom"))).orElseThrow();
		List<FindingRow> table = findings.find(kind, terms.resolve(filter), PageRequest.of(0, 200)).getContent();
		List<Entry> entries = feed(feedPath).getEntries();

		assertThat(table).as(feedPath).isNotEmpty().hasSizeLessThan(FeedQueries.MAX_ENTRIES);
		assertThat(entries).extracting(entry -> AtomFeeds.pageId(entry) + " " + entry.getTitle())
			.as(feedPath)
			.containsExactlyInAnyOrderElementsOf(
					table.stream().map(row -> row.articleId() + " " + row.name()).toList());
	}

	private Feed feed(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		Feed feed = AtomFeeds.parse(response.body());
		assertThat(AtomFeeds.self(feed)).isEqualTo(url(path));
		return feed;
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private List<Long> rowIds(String pageId) {
		return jdbc.sql("select f.id from signal f join article a on a.id = f.article_id where a.page_id = ?")
			.param(pageId)
			.query(Long.class)
			.list();
	}

	/**
	 * @param idsAndCounts page id, number of entries, page id, number of entries…
	 */
	private static List<String> pages(Object... idsAndCounts) {
		List<String> pages = new ArrayList<>();
		for (int i = 0; i < idsAndCounts.length; i += 2) {
			pages.addAll(Collections.nCopies((Integer) idsAndCounts[i + 1], (String) idsAndCounts[i]));
		}
		return pages;
	}

}
