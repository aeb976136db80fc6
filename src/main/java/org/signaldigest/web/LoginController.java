package org.signaldigest.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form, in the site's layout; Spring Security handles its POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Model model) {
		return "login";
	}

}
