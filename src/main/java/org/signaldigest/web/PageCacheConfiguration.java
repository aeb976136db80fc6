package org.signaldigest.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The cache of rendered pages, after the security filters (which say who is logged in and
 * write the security headers of every response, cached or not), keyed by the
 * {@link DataVersion}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "digest.page-cache.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	@Bean
	DataVersion dataVersion(NamedParameterJdbcTemplate jdbc, PageCacheProperties properties) {
		return new DataVersion(jdbc, properties.versionTtl());
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCacheProperties properties, DataVersion version) {
		PageCache cache = new PageCache(properties.maxSize().toBytes());
		PageCacheFilter filter = new PageCacheFilter(cache, version, properties.maxPageSize().toBytes());
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(0);
		return registration;
	}

}
