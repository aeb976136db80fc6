package org.signaldigest.home;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.signaldigest.chart.Frame;
import org.signaldigest.chart.MonthRange;
import org.signaldigest.chart.MonthlyChart;
import org.signaldigest.chart.MonthlyCounts;
import org.signaldigest.home.Home.TermCount;
import org.signaldigest.kind.TermKind;
import org.signaldigest.taxonomy.ActivityQueries;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the collection holds, the latest digests, the top terms and
 * signals, a search box.
 */
@Controller
class HomeController {

	/** How many of the top themes get a chart of their months. */
	static final int CHARTED_THEMES = 5;

	private final HomeQueries queries;

	private final ActivityQueries activity;

	HomeController(HomeQueries queries, ActivityQueries activity) {
		this.queries = queries;
		this.activity = activity;
	}

	@GetMapping("/")
	String home(Model model) {
		Home home = queries.home();
		model.addAttribute("home", home);
		activity.range().ifPresent(range -> {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("articlesPerMonth", MonthlyChart.of(activity.articles(range), Frame.WIDE, locale));
			model.addAttribute("themesPerMonth", themeCharts(range, home.topThemes(), locale));
		});
		return "home";
	}

	/** The top themes' articles per month, on one scale so that their columns compare. */
	private List<ThemeChart> themeCharts(MonthRange range, List<TermCount> themes, Locale locale) {
		List<TermCount> charted = themes.stream().limit(CHARTED_THEMES).toList();
		Map<String, MonthlyCounts> counts = activity.articles(range, TermKind.THEMES,
				charted.stream().map(TermCount::slug).toList());
		long largest = counts.values().stream().mapToLong(MonthlyCounts::largest).max().orElse(0);
		return charted.stream()
			.map(theme -> new ThemeChart(theme.slug(), theme.name(),
					MonthlyChart.of(counts.get(theme.slug()), Frame.SMALL, largest, locale)))
			.toList();
	}

	/** A theme with the chart of its articles per month. */
	record ThemeChart(String slug, String name, MonthlyChart chart) {
	}

}
