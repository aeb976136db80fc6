package org.signaldigest.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mean latency of a round trip, an empty transaction and a one-row insert transaction on one connection. */
final class RoundTrips {

	private interface Call {

		void run() throws SQLException;

	}

	private RoundTrips() {
	}

	static Map<String, Object> measure(Connection connection) throws SQLException {
		Map<String, Object> json = new LinkedHashMap<>();
		try (Statement s = connection.createStatement()) {
			s.execute("create temporary table bench_rtt (n int)");
		}
		try (var select = connection.prepareStatement("select 1");
				var insert = connection.prepareStatement("insert into bench_rtt values (1)")) {
			json.put("select1Ms", time(2000, () -> select.executeQuery().close()));
			connection.setAutoCommit(false);
			json.put("emptyTransactionMs", time(2000, () -> {
				select.executeQuery().close();
				connection.commit();
			}));
			json.put("insertTransactionMs", time(2000, () -> {
				insert.executeUpdate();
				connection.commit();
			}));
			connection.setAutoCommit(true);
		}
		try (Statement s = connection.createStatement()) {
			s.execute("drop table bench_rtt");
		}
		return json;
	}

	private static double time(int times, Call call) throws SQLException {
		for (int i = 0; i < times / 4; i++) {
			call.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < times; i++) {
			call.run();
		}
		return (System.nanoTime() - start) / 1e6 / times;
	}

}
