package org.signaldigest.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, for real HTTP calls. */
public final class Multipart {

	private final String boundary = "----signal-digest-" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public Multipart file(String field, String fileName, byte[] content) {
		return part("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n", content);
	}

	public Multipart field(String name, String value) {
		return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n",
				value.getBytes(StandardCharsets.UTF_8));
	}

	private Multipart part(String headers, byte[] content) {
		try {
			body.write(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public HttpRequest.BodyPublisher publisher() {
		byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		all.writeBytes(body.toByteArray());
		all.writeBytes(end);
		return HttpRequest.BodyPublishers.ofByteArray(all.toByteArray());
	}

}
