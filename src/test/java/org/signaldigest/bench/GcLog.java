package org.signaldigest.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak heap occupancy in a JVM's {@code -Xlog:gc} lines, e.g.
 * {@code [3.1s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 25M->5M(256M) 3.4ms}:
 * the largest "before" figure (the heap just before a collection is the fullest it gets).
 */
public final class GcLog {

	private static final Pattern TRANSITION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	private GcLog() {
	}

	/** Peak heap used in MB over the lines, 0 when no collection was logged. */
	public static double peakUsedMb(List<String> lines) {
		double peak = 0;
		for (String line : lines) {
			Matcher m = TRANSITION.matcher(line);
			if (m.find()) {
				peak = Math.max(peak, mb(m.group(1), m.group(2)));
			}
		}
		return peak;
	}

	private static double mb(String value, String unit) {
		double v = Double.parseDouble(value);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

}
