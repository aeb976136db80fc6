package org.signaldigest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form, in the site's layout; Spring Security handles its POST. After a failed
 * attempt it says why: a wrong name or password, or too many failures and how long to
 * wait.
 */
@Controller
class LoginController {

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameterMap().containsKey("error")) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("loginError",
					(failure instanceof LoginThrottledException throttled)
							? message("login.throttled", duration(this.messages, throttled.seconds()))
							: message("login.failed"));
		}
		return "login";
	}

	/** "45 seconds", "3 minutes" (rounded up). */
	static String duration(MessageSource messages, long seconds) {
		return (seconds < 60)
				? messages.getMessage("duration.seconds", new Object[] { seconds }, LocaleContextHolder.getLocale())
				: messages.getMessage("duration.minutes", new Object[] { (seconds + 59) / 60 },
						LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
