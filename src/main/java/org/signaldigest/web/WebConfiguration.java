package org.signaldigest.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Just after the request context (-105, which gives the messages their locale) and
	 * before Spring Security (-100).
	 */
	static final int PARAMETERS_FILTER_ORDER = -104;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ParameterCheck());
	}

	/**
	 * Tomcat's own refusals get the security headers and a reason too. A client that asks
	 * before sending its body ({@code Expect: 100-continue}, as curl does for a large
	 * upload) is told to go on only when the application reads the body: a refused upload
	 * is then never sent at all.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcat(MessageSource messages) {
		return factory -> {
			factory.addEngineValves(new ServerRejectionValve(messages));
			factory.addConnectorCustomizers(connector -> {
				if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
					http.setContinueResponseTiming("onRead");
				}
			});
		};
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<RequestParametersFilter> requestParametersFilter(MessageSource messages,
			@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters) {
		FilterRegistrationBean<RequestParametersFilter> registration = new FilterRegistrationBean<>(
				new RequestParametersFilter(messages, maxParameters));
		registration.setOrder(PARAMETERS_FILTER_ORDER);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		return registration;
	}

}
