package org.signaldigest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the statements the application sends to the database: import it into a test's
 * context and read {@link #count()} around what the test runs. Every statement is
 * counted, whatever sends it (JPA, JDBC templates).
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicInteger statements = new AtomicInteger();

	public int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (method, result) -> method.getName().equals("getConnection")
					? proxy(Connection.class, (Connection) result, this::counted) : result);
		}
		return bean;
	}

	private Object counted(Method method, Object result) {
		if (STATEMENTS.contains(method.getName())) {
			statements.incrementAndGet();
		}
		return result;
	}

	private interface Result {

		Object of(Method method, Object result);

	}

	private static <T> T proxy(Class<T> type, T target, Result result) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			try {
				return result.of(method, method.invoke(target, arguments));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
