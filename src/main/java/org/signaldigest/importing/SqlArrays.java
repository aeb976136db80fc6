package org.signaldigest.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * PostgreSQL arrays as statement parameters, so that all the rows of a table go in one
 * {@code unnest(…)} insert: a page is written in two round trips, whatever its number of
 * rows.
 */
final class SqlArrays {

	private SqlArrays() {
	}

	static <T> SqlTypeValue text(List<T> rows, Function<T, String> column) {
		return array("text", rows.stream().map(column).toArray(String[]::new));
	}

	static <T> SqlTypeValue integers(List<T> rows, Function<T, Integer> column) {
		return array("int4", rows.stream().map(column).toArray(Integer[]::new));
	}

	private static SqlTypeValue array(String type, Object[] values) {
		return new AbstractSqlTypeValue() {

			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf(type, values);
			}

		};
	}

}
