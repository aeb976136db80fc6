package org.signaldigest.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;

/**
 * Writes an Atom 1.0 document (RFC 4287) with the StAX writer, which escapes every text
 * and attribute: titles and summaries are plain text ({@code type="text"}), so markup in
 * the data is shown, never run. Characters that XML 1.0 does not allow (control
 * characters, lone surrogates) are left out, so any data gives a well-formed feed.
 */
final class AtomWriter {

	static final MediaType ATOM_XML = new MediaType(MediaType.APPLICATION_ATOM_XML, StandardCharsets.UTF_8);

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final String baseUrl;

	private final String author;

	/**
	 * @param baseUrl the site's address, which relative paths are appended to, e.g.
	 * {@code https://example.org}
	 * @param author the name given as the feed's author
	 */
	AtomWriter(String baseUrl, String author) {
		this.baseUrl = baseUrl;
		this.author = author;
	}

	byte[] write(Feed feed) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, "id", feed.id());
			text(xml, "title", feed.title());
			text(xml, "updated", timestamp(feed.updated()));
			link(xml, "self", MediaType.APPLICATION_ATOM_XML_VALUE, feed.self());
			link(xml, "alternate", MediaType.TEXT_HTML_VALUE, feed.alternate());
			xml.writeStartElement(ATOM, "author");
			text(xml, "name", author);
			xml.writeEndElement();
			for (FeedEntry entry : feed.entries()) {
				entry(xml, entry);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed " + feed.id(), ex);
		}
		return bytes.toByteArray();
	}

	private void entry(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
		xml.writeStartElement(ATOM, "entry");
		text(xml, "id", entry.id());
		text(xml, "title", entry.title());
		link(xml, "alternate", MediaType.TEXT_HTML_VALUE, entry.path());
		text(xml, "updated", timestamp(entry.updated()));
		if (entry.digestDate() != null) {
			text(xml, "published", timestamp(entry.digestDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (entry.summary() != null && !entry.summary().isBlank()) {
			text(xml, "summary", entry.summary());
		}
		xml.writeEndElement();
	}

	private void link(XMLStreamWriter xml, String rel, String type, String path) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", baseUrl + path);
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(ATOM, element);
		xml.writeCharacters(xmlCharacters(text));
		xml.writeEndElement();
	}

	/** RFC 3339, in UTC, to the second: {@code 2024-03-24T10:15:30Z}. */
	static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/**
	 * @return the text without the characters XML 1.0 cannot carry
	 */
	static String xmlCharacters(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(AtomWriter::isXmlCharacter).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean isXmlCharacter(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
