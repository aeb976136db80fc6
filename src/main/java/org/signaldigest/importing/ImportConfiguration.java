package org.signaldigest.importing;

import org.signaldigest.parser.MarkdownPageParser;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SampleProperties.class, ImportProperties.class })
class ImportConfiguration {

	@Bean
	MarkdownPageParser markdownPageParser() {
		return new MarkdownPageParser();
	}

}
