package org.signaldigest.chart;

/**
 * The size of a chart (its SVG's viewBox, in user units) and the margins around its plot,
 * where the axes' labels go. Every coordinate of a chart model is in these units, rounded
 * to a tenth.
 */
public record Frame(int width, int height, int left, int right, int top, int bottom) {

	/** A monthly chart across the page. */
	public static final Frame WIDE = new Frame(720, 220, 44, 28, 12, 30);

	/** One of several monthly charts side by side. */
	public static final Frame SMALL = new Frame(360, 130, 36, 22, 10, 26);

	/** A few columns, e.g. rows by relevancy. */
	public static final Frame BARS = new Frame(320, 150, 36, 8, 18, 24);

	/** A line in a table cell, without axes. */
	public static final Frame SPARKLINE = new Frame(120, 28, 3, 3, 4, 3);

	public Frame {
		if (width - left - right <= 0 || height - top - bottom <= 0) {
			throw new IllegalArgumentException("The margins leave no room for the plot");
		}
	}

	/**
	 * @return "0 0 width height"
	 */
	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	public double plotWidth() {
		return width - left - right;
	}

	public double plotHeight() {
		return height - top - bottom;
	}

	/**
	 * @return the x of the plot's right edge
	 */
	public double plotRight() {
		return width - right;
	}

	/**
	 * @return the y of the plot's bottom, where every column stands
	 */
	public double baseline() {
		return height - bottom;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
