package org.signaldigest.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, shown by Swagger UI at
 * {@code /swagger-ui.html}), made by springdoc-openapi from the controllers under
 * {@code /api} ({@code springdoc.*} in application.properties): what it adds is the title
 * and that every write needs the importer's HTTP Basic login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocumentation {

	static final String IMPORTER_LOGIN = "importer";

	@Bean
	OpenAPI signalDigestApi() {
		return new OpenAPI()
			.info(new Info().title("Signal Digest API")
				.version("1")
				.description("The articles of the tech-watch digest and their five tables (signals, concerns,"
						+ " behaviors, technologies, issues) as JSON and CSV, with the filters of the site; and the"
						+ " import of pages. Reading is public. A bad parameter is a 400 and an unknown id a 404,"
						+ " as application/problem+json."))
			.components(new Components().addSecuritySchemes(IMPORTER_LOGIN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	/** Every operation but GET and HEAD needs the importer's login. */
	@Bean
	OpenApiCustomizer writesNeedTheImporter() {
		return api -> api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
			if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
				operation.addSecurityItem(new SecurityRequirement().addList(IMPORTER_LOGIN));
			}
		}));
	}

}
