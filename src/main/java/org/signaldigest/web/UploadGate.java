package org.signaldigest.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart body is read only for the importer. Anyone else's multipart request (no
 * login, a wrong password, an expired session) is answered by the entry point before a
 * byte of its body is read or a part written to disk: the CSRF filter, which reads its
 * token from the parts of a form upload, comes after this one, and Spring MVC reads parts
 * only when a controller asks for them ({@code spring.servlet.multipart.resolve-lazily}).
 * <p>
 * For the importer, the parts are read here, ahead of the CSRF filter: an upload the
 * server refuses (over {@code spring.servlet.multipart.*}, too many parts) has no
 * readable CSRF token and would get a bare 403, so the browser is sent to a page that
 * says why instead. The API, whose CSRF token is only ever a header, leaves that to its
 * controller's error handling.
 */
final class UploadGate extends OncePerRequestFilter {

	private static final String IMPORTER_AUTHORITY = "ROLE_" + SecurityConfiguration.IMPORTER;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final AuthenticationEntryPoint entryPoint;

	private final String refusedPage;

	/**
	 * @param refusedPage where a browser whose upload the server refused is sent, or null
	 * to let the controller answer
	 */
	UploadGate(AuthenticationEntryPoint entryPoint, String refusedPage) {
		this.entryPoint = entryPoint;
		this.refusedPage = refusedPage;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isImporter(this.contexts.getContext().getAuthentication())) {
			this.entryPoint.commence(request, response,
					new InsufficientAuthenticationException("Only the importer may upload"));
			return;
		}
		if (this.refusedPage != null) {
			try {
				request.getParts();
			}
			catch (IllegalStateException | IOException | ServletException ex) {
				response.sendRedirect(request.getContextPath() + this.refusedPage);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isImporter(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> IMPORTER_AUTHORITY.equals(authority.getAuthority()));
	}

}
