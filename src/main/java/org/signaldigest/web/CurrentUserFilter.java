package org.signaldigest.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the name of the logged-in user in the request attribute {@value #ATTRIBUTE}, so
 * that every page (error pages too) can say "Log out (name)" or "Log in".
 */
class CurrentUserFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = "currentUser";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			request.setAttribute(ATTRIBUTE, authentication.getName());
		}
		chain.doFilter(request, response);
	}

}
