package org.signaldigest.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The statements some requests ran (pg_stat_statements over them), per request: how many,
 * how much server time, and the main query — the statement with the largest server time.
 * Transaction control (begin, commit, set, ...) is left out, as in
 * {@code bench/browse-statements.sh}.
 */
public record StatementProfile(int requests, List<StatementStat> statements) {

	private static final Pattern TRANSACTION_CONTROL = Pattern.compile("(?is)^\\s*(?:"
			+ "(?:begin|commit|rollback|set|show|savepoint|release|start\\s+transaction)\\b.*|select \\$1\\s*)$");

	public static StatementProfile of(List<StatementStat> all, int requests) {
		if (requests < 1) {
			throw new IllegalArgumentException("requests: " + requests);
		}
		return new StatementProfile(requests,
				all.stream()
					.filter(s -> !TRANSACTION_CONTROL.matcher(s.query()).matches())
					.sorted(Comparator.comparingDouble(StatementStat::totalMs).reversed())
					.toList());
	}

	public double statementsPerRequest() {
		return statements.stream().mapToLong(StatementStat::calls).sum() / (double) requests;
	}

	public double sqlMsPerRequest() {
		return statements.stream().mapToDouble(StatementStat::totalMs).sum() / requests;
	}

	/** The statement with the largest server time, or null when none ran. */
	public StatementStat mainQuery() {
		return statements.isEmpty() ? null : statements.get(0);
	}

	/** The main query's server time per request (all its calls), or NaN when none ran. */
	public double mainQueryMsPerRequest() {
		return statements.isEmpty() ? Double.NaN : mainQuery().totalMs() / requests;
	}

	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("statementsPerRequest", statementsPerRequest());
		json.put("sqlMsPerRequest", sqlMsPerRequest());
		json.put("mainQueryMsPerRequest", mainQueryMsPerRequest());
		json.put("mainQuery", statements.isEmpty() ? null : oneLine(mainQuery().query()));
		json.put("statements", statements.stream().map(s -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("query", oneLine(s.query()));
			row.put("callsPerRequest", s.calls() / (double) requests);
			row.put("msPerRequest", s.totalMs() / requests);
			row.put("meanMsPerCall", s.totalMs() / s.calls());
			row.put("rowsPerCall", s.rows() / (double) s.calls());
			return row;
		}).toList());
		return json;
	}

	private static String oneLine(String query) {
		return query.replaceAll("\\s+", " ").strip();
	}

}
