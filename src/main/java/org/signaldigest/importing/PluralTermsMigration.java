package org.signaldigest.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.signaldigest.kind.TermKind;
import org.signaldigest.parser.Slugs;

import org.springframework.stereotype.Component;

/**
 * V7: keywords and themes merged by {@link Slugs#term} ("AI model" and "AI models" are
 * one term now), each link keeping its page's spelling, each term named by
 * {@link TermNames}. In Java, because the slugs are Java's. Terms that come to share a
 * slug keep the oldest one's id; an article that had both keeps the link to that one. The
 * figures over the collection are counted again.
 */
@Component
class PluralTermsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("7");
	}

	@Override
	public String getDescription() {
		return "merge plural terms";
	}

	@Override
	public Integer getChecksum() {
		return 7;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (TermKind kind : TermKind.values()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table " + kind.linkTable() + " add column spelling text");
				statement.execute("update " + kind.linkTable() + " l set spelling = t.name from " + kind.table()
						+ " t where t.id = l." + kind.linkColumn());
				statement.execute("alter table " + kind.linkTable() + " alter column spelling set not null");
			}
			merge(connection, kind);
			try (Statement statement = connection.createStatement()) {
				statement.execute(TermNames.update(kind));
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String view : Summaries.VIEWS) {
				statement.execute("refresh materialized view " + view);
			}
		}
	}

	private static void merge(Connection connection, TermKind kind) throws SQLException {
		Map<String, List<Long>> idsBySlug = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select id, slug, name from " + kind.table() + " order by id")) {
			while (rows.next()) {
				String slug = Slugs.term(rows.getString(3));
				String term = slug.isEmpty() ? rows.getString(2) : slug;
				idsBySlug.computeIfAbsent(term, s -> new ArrayList<>()).add(rows.getLong(1));
			}
		}
		String link = kind.linkTable();
		String column = kind.linkColumn();
		try (PreparedStatement dropTwins = connection
			.prepareStatement("delete from " + link + " l where " + column + " = ? and exists (select 1 from " + link
					+ " k where k.article_id = l.article_id and k." + column + " = ?)");
				PreparedStatement move = connection
					.prepareStatement("update " + link + " set " + column + " = ? where " + column + " = ?");
				PreparedStatement delete = connection.prepareStatement("delete from " + kind.table() + " where id = ?");
				PreparedStatement slug = connection
					.prepareStatement("update " + kind.table() + " set slug = ? where id = ? and slug <> ?")) {
			for (Map.Entry<String, List<Long>> term : idsBySlug.entrySet()) {
				long kept = term.getValue().get(0);
				for (long merged : term.getValue().subList(1, term.getValue().size())) {
					run(dropTwins, merged, kept);
					run(move, kept, merged);
					run(delete, merged);
				}
				slug.setString(1, term.getKey());
				slug.setLong(2, kept);
				slug.setString(3, term.getKey());
				slug.executeUpdate();
			}
		}
	}

	private static void run(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		statement.executeUpdate();
	}

}
