package org.signaldigest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a feed as a feed reader would, with Rome, after checking what Rome does not: that
 * the document is well-formed XML in the Atom namespace with every element RFC 4287
 * requires, once where it must be once, ids that are unique tag URIs (RFC 4151), and
 * dates in RFC 3339.
 */
final class AtomFeeds {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/**
	 * RFC 4151: tag:authorityName,date:specific, the specific part of URI characters
	 * only.
	 */
	private static final Pattern TAG = Pattern
		.compile("tag:[a-z0-9]([a-z0-9.-]*[a-z0-9])?,\\d{4}(-\\d{2}(-\\d{2})?)?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

	private AtomFeeds() {
	}

	/** Checks the document against the specification, then parses it with Rome. */
	static Feed parse(byte[] xml) {
		check(xml);
		try {
			Feed feed = (Feed) new WireFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
			assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
			return feed;
		}
		catch (FeedException ex) {
			throw new AssertionError("Rome cannot read the feed: " + ex.getMessage(), ex);
		}
	}

	static List<String> ids(Feed feed) {
		return feed.getEntries().stream().map(Entry::getId).toList();
	}

	static String alternate(Entry entry) {
		return entry.getAlternateLinks().get(0).getHrefResolved();
	}

	/**
	 * @return the page id of the article an entry links to
	 */
	static String pageId(Entry entry) {
		return alternate(entry).replaceAll(".*/articles/([^#]+)(#.*)?", "$1");
	}

	static String self(Feed feed) {
		return feed.getOtherLinks()
			.stream()
			.filter(link -> "self".equals(link.getRel()))
			.map(Link::getHref)
			.findFirst()
			.orElseThrow();
	}

	private static void check(byte[] xml) {
		Element feed = document(xml).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		checkCommon(feed);
		assertThat(children(feed, "author")).as("feed authors").hasSize(1);
		assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);
		assertThat(links(feed, "self")).as("self links").hasSize(1);
		assertThat(links(feed, "alternate")).as("alternate links").hasSize(1);
		Set<String> ids = new HashSet<>();
		for (Element entry : children(feed, "entry")) {
			checkCommon(entry);
			assertThat(links(entry, "alternate")).as("an entry without content links to its page").hasSize(1);
			assertThat(children(entry, "summary")).hasSizeLessThanOrEqualTo(1);
			assertThat(children(entry, "published")).hasSizeLessThanOrEqualTo(1);
			children(entry, "published").forEach(published -> rfc3339(published.getTextContent()));
			children(entry, "summary").forEach(AtomFeeds::isText);
			assertThat(ids.add(text(entry, "id"))).as("unique entry id " + text(entry, "id")).isTrue();
		}
	}

	/** What feeds and entries must both have: one id, title and updated. */
	private static void checkCommon(Element element) {
		for (String required : List.of("id", "title", "updated")) {
			assertThat(children(element, required)).as(element.getLocalName() + "/" + required).hasSize(1);
		}
		String id = text(element, "id");
		assertThat(id).matches(TAG);
		try {
			assertThat(new URI(id).isAbsolute()).isTrue();
		}
		catch (URISyntaxException ex) {
			throw new AssertionError("not a URI: " + id, ex);
		}
		isText(children(element, "title").get(0));
		rfc3339(text(element, "updated"));
		for (Element link : children(element, "link")) {
			assertThat(URI.create(link.getAttribute("href")).isAbsolute()).as(link.getAttribute("href")).isTrue();
		}
	}

	private static void isText(Element construct) {
		assertThat(construct.getAttribute("type")).isIn("", "text");
		assertThat(children(construct, "*")).as("child elements of a text construct").isEmpty();
	}

	private static void rfc3339(String timestamp) {
		OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static List<Element> links(Element parent, String rel) {
		return children(parent, "link").stream().filter(link -> link.getAttribute("rel").equals(rel)).toList();
	}

	private static String text(Element parent, String name) {
		return children(parent, name).get(0).getTextContent();
	}

	/**
	 * @param name a local name in the Atom namespace, or "*" for any element
	 */
	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (name.equals("*")
					|| (ATOM.equals(element.getNamespaceURI()) && element.getLocalName().equals(name)))) {
				found.add(element);
			}
		}
		return found;
	}

	private static Document document(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
