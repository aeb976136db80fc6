package org.signaldigest.upload;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: a form upload the server refuses (over
 * {@code spring.servlet.multipart.*}, too many parts) has no readable parameters, so it
 * would fail the CSRF check with a bare error. Its parts are read here first, and when
 * that fails the browser is sent to a page in the site's layout that says why. The API
 * handles the same case itself (see {@link UploadErrorAdvice}).
 */
class RefusedUploadFilter extends OncePerRequestFilter {

	static final String REFUSED_PAGE = "/import/refused";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !HttpMethod.POST.matches(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
