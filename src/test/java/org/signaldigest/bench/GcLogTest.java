package org.signaldigest.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogTest {

	@Test
	void peakIsTheLargestHeapBeforeACollection() {
		assertThat(GcLog.peakUsedMb(List.of("[0.010s][info][gc] Using G1",
				"[1.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 23M->4M(254M) 3.123ms",
				"[9.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 181M->96M(256M) 9.1ms",
				"[9.200s][info][gc] GC(2) Pause Remark 100M->100M(256M) 1.0ms",
				"[12.0s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 1G->300M(512M) 80.0ms",
				"[13.0s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 2048K->1024K(8192K) 0.5ms")))
			.isEqualTo(1024);
	}

	@Test
	void noCollectionIsZero() {
		assertThat(GcLog.peakUsedMb(List.of("[0.010s][info][gc] Using G1"))).isZero();
	}

}
