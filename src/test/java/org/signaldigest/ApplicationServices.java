package org.signaldigest;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * The application's beans a {@link DatabaseTest} needs: those annotated (not
 * meta-annotated, which would bring controllers and advice) as repositories, services or
 * components, and the configuration that is not the web's.
 */
class ApplicationServices implements TypeFilter {

	private static final Set<String> SERVICES = Set.of(Repository.class.getName(), Service.class.getName(),
			Component.class.getName());

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		AnnotationMetadata type = reader.getAnnotationMetadata();
		if (!type.getClassName().startsWith("org.signaldigest.")) {
			return false;
		}
		return SERVICES.stream().anyMatch(type::hasAnnotation) || type.hasAnnotation(Configuration.class.getName())
				&& !type.hasAnnotation(ConditionalOnWebApplication.class.getName());
	}

}
