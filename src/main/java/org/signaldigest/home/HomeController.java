package org.signaldigest.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the collection holds, the latest digests, the top terms and signals, a search box. */
@Controller
class HomeController {

	private final HomeQueries queries;

	HomeController(HomeQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("home", queries.home());
		return "home";
	}

}
