package org.signaldigest.bench;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentilesTest {

	@Test
	void nearestRankOfOneHundredSamplesInAnyOrder() {
		double[] samples = IntStream.rangeClosed(1, 100).map(i -> 101 - i).asDoubleStream().toArray();
		Percentiles p = Percentiles.of(samples);
		assertThat(p.count()).isEqualTo(100);
		assertThat(p.min()).isEqualTo(1);
		assertThat(p.p50()).isEqualTo(50);
		assertThat(p.p95()).isEqualTo(95);
		assertThat(p.p99()).isEqualTo(99);
		assertThat(p.max()).isEqualTo(100);
		assertThat(p.mean()).isEqualTo(50.5);
	}

	@Test
	void withThirtySamplesP95IsThe29thAndP99TheSlowest() {
		Percentiles p = Percentiles.of(IntStream.rangeClosed(1, 30).asDoubleStream().toArray());
		assertThat(p.p50()).isEqualTo(15);
		assertThat(p.p95()).isEqualTo(29);
		assertThat(p.p99()).isEqualTo(30);
	}

	@Test
	void oneSampleIsEveryPercentile() {
		Percentiles p = Percentiles.of(new double[] { 7.5 });
		assertThat(p.p50()).isEqualTo(7.5);
		assertThat(p.p99()).isEqualTo(7.5);
	}

	@Test
	void noSamplesIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.of(new double[0]));
	}

	@Test
	void doesNotReorderTheCallersArray() {
		double[] samples = { 3, 1, 2 };
		Percentiles.of(samples);
		assertThat(samples).containsExactly(3, 1, 2);
	}

}
