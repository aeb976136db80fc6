package org.signaldigest.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class WrkReportTest {

	@Test
	void readsThroughputAndLatencyOfARunWithoutErrors() {
		WrkReport report = WrkReport.parse("""
				Running 30s test @ http://localhost:8099/articles/7fd0
				  2 threads and 16 connections
				  Thread Stats   Avg      Stdev     Max   +/- Stdev
				    Latency    35.97ms   21.91ms   1.07s    77.78%
				    Req/Sec   224.55     70.82   350.00     60.00%
				  Latency Distribution
				     50%   30.43ms
				     75%   44.63ms
				     90%  853.21us
				     99%    1.02s
				  13432 requests in 30.05s, 69.80MB read
				Requests/sec:    447.12
				Transfer/sec:      2.32MB
				""");
		assertThat(report.requests()).isEqualTo(13432);
		assertThat(report.seconds()).isCloseTo(30.05, within(1e-9));
		assertThat(report.requestsPerSecond()).isEqualTo(447.12);
		assertThat(report.meanLatencyMs()).isEqualTo(35.97);
		assertThat(report.maxLatencyMs()).isCloseTo(1070, within(1e-9));
		assertThat(report.latencyPercentilesMs()).containsKeys("p50", "p75", "p90", "p99");
		assertThat(report.latencyPercentilesMs().get("p90")).isCloseTo(0.85321, within(1e-9));
		assertThat(report.latencyPercentilesMs().get("p99")).isCloseTo(1020, within(1e-9));
		assertThat(report.errors()).isZero();
	}

	@Test
	void countsNon2xxResponsesAndSocketErrors() {
		WrkReport report = WrkReport.parse("""
				Running 30s test @ http://localhost:8099/signals?minRelevancy=4
				  2 threads and 16 connections
				  Thread Stats   Avg      Stdev     Max   +/- Stdev
				    Latency     0.00us    0.00us   0.00us    -nan%
				    Req/Sec     0.00      0.00     0.00      -nan%
				  15 requests in 30.03s, 1.53MB read
				  Socket errors: connect 1, read 2, write 3, timeout 15
				  Non-2xx or 3xx responses: 4
				Requests/sec:      0.50
				Transfer/sec:     52.21KB
				""");
		assertThat(report.requests()).isEqualTo(15);
		assertThat(report.requestsPerSecond()).isEqualTo(0.5);
		assertThat(report.connectErrors()).isEqualTo(1);
		assertThat(report.readErrors()).isEqualTo(2);
		assertThat(report.writeErrors()).isEqualTo(3);
		assertThat(report.timeouts()).isEqualTo(15);
		assertThat(report.non2xx3xx()).isEqualTo(4);
		assertThat(report.errors()).isEqualTo(25);
	}

	@Test
	void outputWithoutTotalsIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrkReport.parse("unable to connect to localhost:1"));
	}

}
