package org.signaldigest.listing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a request may filter on: from {@value #MIN} to {@value #MAX}, the years of four
 * digits that ISO 8601 writes without a sign (and that a browser's date field offers).
 * Java reads dates of nine-digit years ({@code +5874898-01-01}) and PostgreSQL's
 * {@code date} holds 4713 BC to 5874897 AD; a date outside these years is no digest's,
 * and one outside PostgreSQL's would fail the query. Null (no filter) is valid.
 */
@Documented
@Constraint(validatedBy = SupportedDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface SupportedDate {

	/** The first date a filter may name. */
	String MIN = "0001-01-01";

	/** The last date a filter may name. */
	String MAX = "9999-12-31";

	String message() default "must be a date from " + MIN + " to " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link LocalDate} against the range. */
	class Validator implements ConstraintValidator<SupportedDate, LocalDate> {

		private static final LocalDate FIRST = LocalDate.parse(MIN);

		private static final LocalDate LAST = LocalDate.parse(MAX);

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(FIRST) && !value.isAfter(LAST);
		}

	}

}
