package org.signaldigest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL database of a test run, made once per JVM: by default in an embedded
 * PostgreSQL of its own (in a temporary directory, never the run command's data), or,
 * when {@value #URL_VARIABLE} names a server, in a database created on that server for
 * this run and dropped at its end. When neither can be had the tests fail, saying why.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "SIGNAL_DIGEST_TEST_DATABASE_URL";

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			String serverUrl = System.getenv(URL_VARIABLE);
			instance = (serverUrl == null || serverUrl.isBlank()) ? embedded() : onServer(serverUrl.trim());
		}
		return instance;
	}

	public String url() {
		return url;
	}

	/**
	 * @return the URL of another, empty database on the same server, made for a test that
	 * needs a schema of its own (e.g. to migrate it from an older version)
	 */
	public String newDatabase(String name) {
		try {
			String database = name + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
			TestDatabase created = create(url, username, password, database);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, username, password, database)));
			return created.url();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a database on " + url + ": " + ex.getMessage(), ex);
		}
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return create(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "signal_digest_test");
		}
		catch (IOException | SQLException | RuntimeException ex) {
			throw new IllegalStateException("The tests need PostgreSQL, and the embedded PostgreSQL could not start: "
					+ ex.getMessage() + ". Set " + URL_VARIABLE
					+ "=jdbc:postgresql://HOST:PORT/postgres (with SIGNAL_DIGEST_TEST_DATABASE_USERNAME and"
					+ " SIGNAL_DIGEST_TEST_DATABASE_PASSWORD) to run them on a server of your own.", ex);
		}
	}

	private static TestDatabase onServer(String serverUrl) {
		String username = System.getenv().getOrDefault("SIGNAL_DIGEST_TEST_DATABASE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("SIGNAL_DIGEST_TEST_DATABASE_PASSWORD", "");
		String name = "signal_digest_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
		try {
			TestDatabase database = create(serverUrl, username, password, name);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, username, password, name)));
			return database;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The tests could not create their database on " + serverUrl + " (from "
					+ URL_VARIABLE + "): " + ex.getMessage(), ex);
		}
	}

	private static TestDatabase create(String serverUrl, String username, String password, String name)
			throws SQLException {
		try (Connection connection = connect(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return new TestDatabase(withDatabase(serverUrl, name), username, password);
	}

	private static void drop(String serverUrl, String username, String password, String name) {
		try (Connection connection = connect(serverUrl, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test database " + name + ": " + ex.getMessage());
		}
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", username);
		properties.setProperty("password", password);
		return DriverManager.getConnection(url, properties);
	}

	/**
	 * Replaces the database name of a URL such as
	 * {@code jdbc:postgresql://host:5432/postgres?x=y}.
	 */
	static String withDatabase(String serverUrl, String name) {
		int query = serverUrl.indexOf('?');
		String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
		String parameters = query < 0 ? "" : serverUrl.substring(query);
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		String server = slash < 0 ? base : base.substring(0, slash);
		return server + "/" + name + parameters;
	}

}
