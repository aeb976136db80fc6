package org.signaldigest.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No article has the requested page id: a 404. */
class ArticleNotFoundException extends ResponseStatusException {

	ArticleNotFoundException(String pageId) {
		super(HttpStatus.NOT_FOUND, "No article has the id \"" + pageId + "\"");
	}

}
