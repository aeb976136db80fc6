package org.signaldigest.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.signaldigest.parser.MarkdownPageParser;
import org.signaldigest.parser.ParseResult;

/**
 * MarkdownPageParser alone: each invocation parses the 17 sample pages once, so the score is pages/s per thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParserBenchmark {

	private static final int SAMPLES = 17;

	private List<byte[]> pages;

	private MarkdownPageParser parser;

	@Setup(Level.Trial)
	public void load() {
		pages = CorpusGenerator.samplePages();
		if (pages.size() != SAMPLES) {
			throw new IllegalStateException("expected " + SAMPLES + " sample pages, found " + pages.size());
		}
		parser = new MarkdownPageParser(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
	}

	@Benchmark
	@OperationsPerInvocation(SAMPLES)
	public void parseSamplePages(Blackhole blackhole) {
		for (byte[] page : pages) {
			ParseResult result = parser.parse(null, page);
			blackhole.consume(result);
		}
	}

}
