package org.signaldigest.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
