package org.signaldigest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The inline SVG images of an HTML page, each parsed as XML: one that is not well-formed
 * (a stray "&lt;" from the data, an unclosed element) fails the test that reads it.
 */
public final class InlineSvg {

	private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

	private final Document document;

	private InlineSvg(Document document) {
		this.document = document;
	}

	/**
	 * @return every {@code <svg>} of the page, in page order
	 */
	public static List<InlineSvg> of(String html) {
		List<InlineSvg> images = new ArrayList<>();
		Matcher matcher = SVG.matcher(html);
		while (matcher.find()) {
			images.add(new InlineSvg(parse(matcher.group())));
		}
		return images;
	}

	/**
	 * @return the text of every node the XPath selects, e.g. {@code //title} or
	 * {@code //a/@href}
	 */
	public List<String> texts(String xpath) {
		try {
			NodeList nodes = (NodeList) XPathFactory.newInstance()
				.newXPath()
				.evaluate(xpath, document, XPathConstants.NODESET);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				Node node = nodes.item(i);
				texts.add(node.getTextContent());
			}
			return texts;
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

	/**
	 * @return the text of the one node the XPath selects
	 */
	public String text(String xpath) {
		List<String> texts = texts(xpath);
		if (texts.size() != 1) {
			throw new AssertionError("Expected one node for " + xpath + ", found " + texts);
		}
		return texts.get(0);
	}

	private static Document parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(svg)));
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (SAXException ex) {
			throw new AssertionError("Not well-formed: " + ex.getMessage() + "\n" + svg, ex);
		}
	}

}
