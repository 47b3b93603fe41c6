package se.isu.store.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A few connections to the PostgreSQL server kept open between uses. The store opens a connection per unit of work
 * (EclipseLink and every JDBC repository); to a server each new one is a TCP connect, a log-in and a server process.
 * A handed-back connection is rolled back and set to auto-commit before it is kept; one idle for a while is checked
 * before reuse. Embedded Derby needs none of this.
 */
final class ServerConnections implements DataSource, AutoCloseable {

	private static final int MAX_IDLE = 8;
	private static final long CHECK_AFTER_IDLE_MILLIS = 10_000;

	private record Idle(Connection connection, long since) {
	}

	private final DataSource server;
	private final Deque<Idle> idle = new ArrayDeque<>();
	private boolean closed;

	ServerConnections(DataSource server) {
		this.server = server;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection physical = null;
		Idle kept;
		while (physical == null && (kept = take()) != null) {
			if (System.currentTimeMillis() - kept.since() < CHECK_AFTER_IDLE_MILLIS || kept.connection().isValid(2)) {
				physical = kept.connection();
			} else {
				quietlyClose(kept.connection());
			}
		}
		if (physical == null) {
			physical = server.getConnection();
		}
		return lend(physical);
	}

	private synchronized Idle take() {
		return idle.pollFirst();
	}

	private Connection lend(Connection physical) {
		InvocationHandler handler = new InvocationHandler() {
			private boolean returned;

			@Override
			public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
				switch (method.getName()) {
				case "close":
					if (!returned) {
						returned = true;
						giveBack(physical);
					}
					return null;
				case "isClosed":
					return returned || physical.isClosed();
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "toString":
					return "pooled " + physical;
				default:
					if (returned) {
						throw new SQLException("The connection was closed", "08003");
					}
					try {
						return method.invoke(physical, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				}
			}
		};
		return (Connection) Proxy.newProxyInstance(ServerConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private void giveBack(Connection physical) {
		try {
			if (physical.isClosed()) {
				return;
			}
			if (!physical.getAutoCommit()) {
				physical.rollback(); // what the borrower left uncommitted is not kept
				physical.setAutoCommit(true);
			}
		} catch (SQLException e) {
			quietlyClose(physical);
			return;
		}
		synchronized (this) {
			if (!closed && idle.size() < MAX_IDLE) {
				idle.addFirst(new Idle(physical, System.currentTimeMillis()));
				return;
			}
		}
		quietlyClose(physical);
	}

	@Override
	public void close() {
		java.util.List<Idle> all;
		synchronized (this) {
			closed = true;
			all = new java.util.ArrayList<>(idle);
			idle.clear();
		}
		all.forEach(i -> quietlyClose(i.connection()));
	}

	private static void quietlyClose(Connection connection) {
		try {
			connection.close();
		} catch (SQLException ignored) {
			// a broken connection is dropped either way
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("The store logs in with its connection settings only");
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return server.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		server.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		server.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return server.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return server.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return server.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return server.isWrapperFor(type);
	}
}
