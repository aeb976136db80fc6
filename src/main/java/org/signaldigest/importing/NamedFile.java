package org.signaldigest.importing;

import java.nio.file.Path;

/**
 * A file someone gave to import, stored at {@code path} under a name of our choosing.
 *
 * @param path where its bytes are
 * @param location what to show a person, e.g. the name it was uploaded under
 * @param fileName the name it had, which says whether it is a page ({@code .md}) or a
 * {@code .zip}, and for a page gives the page id (checked as any other)
 */
public record NamedFile(Path path, String location, String fileName) {
}
