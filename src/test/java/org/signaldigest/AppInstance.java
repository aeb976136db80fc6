package org.signaldigest;

import java.util.concurrent.atomic.AtomicInteger;

import org.signaldigest.importing.ImportFinished;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * One instance of the whole app, started by a test as {@code java -jar} starts it, with
 * settings as its command line: on the test database, or on a database of its own
 * ({@link TestDatabaseEnvironment#OWN_DATABASE_URL}).
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final ImportsFinished imports;

	private AppInstance(ConfigurableApplicationContext context, ImportsFinished imports) {
		this.context = context;
		this.imports = imports;
	}

	/**
	 * Starts an instance, and returns once it is started (its runners done).
	 * @param settings such as {@code --server.port=0}
	 */
	public static AppInstance start(String... settings) {
		ImportsFinished imports = new ImportsFinished();
		return new AppInstance(
				new SpringApplicationBuilder(SignalDigestApplication.class).listeners(imports).run(settings), imports);
	}

	/**
	 * @return how many import runs that changed the database this instance ran since it
	 * started: what it brought up to date after them (the summaries) it did as many times
	 */
	public int importsFinished() {
		return imports.count.get();
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public AppClient client() {
		return new AppClient(port());
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

	/** Counts the {@link ImportFinished} events of the instance. */
	private static final class ImportsFinished implements ApplicationListener<PayloadApplicationEvent<ImportFinished>> {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public void onApplicationEvent(PayloadApplicationEvent<ImportFinished> event) {
			count.incrementAndGet();
		}

	}

}
