package org.signaldigest.importing;

import java.util.function.IntFunction;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Parameters for a JDBC batch of an article's rows, each tagged with the article and its place in the page. */
final class Batches {

	private Batches() {
	}

	static SqlParameterSource[] positioned(long articleId, int size, IntFunction<MapSqlParameterSource> values) {
		SqlParameterSource[] batch = new SqlParameterSource[size];
		for (int position = 0; position < size; position++) {
			batch[position] = values.apply(position).addValue("article", articleId).addValue("position", position);
		}
		return batch;
	}

}
