package org.signaldigest.upload;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

	/** Ahead of Spring Security's filter (order -100). */
	@Bean
	FilterRegistrationBean<RefusedUploadFilter> refusedUploadFilter() {
		FilterRegistrationBean<RefusedUploadFilter> registration = new FilterRegistrationBean<>(
				new RefusedUploadFilter());
		registration.setOrder(-101);
		return registration;
	}

}
