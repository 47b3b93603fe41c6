package se.isu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import se.isu.core.DemoDataService;
import se.isu.security.AccountService;
import se.isu.security.Role;
import se.isu.security.Session;
import se.isu.security.User;
import se.isu.store.DatabaseAdmin;

/**
 * Issue 12: the README's {@code ./isu demo-data --cases 1000 --seed 7} failed on a fresh home ("create the system
 * administrator first"). The shared test database always has accounts, so a fresh home is played here by stand-ins
 * for the four services the command asks (no accounts until demo mode creates them); the real services' own rules
 * are proven in their own tests.
 */
class DemoDataOnAFreshHomeTest {

	@SuppressWarnings("unchecked")
	private static <T> T standIn(Class<T> type, BiFunction<String, Object[], Object> behaviour) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(Object proxy, Method method, Object[] args) -> method.getName().equals("toString") ? type.getSimpleName()
						: behaviour.apply(method.getName(), args));
	}

	@Test
	void demoDataOnAFreshHomeSetsUpDemoModeAsStartDoesThenRunsAsTheDemoAdministrator() {
		List<String> calls = new ArrayList<>();
		AtomicReference<User> loggedIn = new AtomicReference<>();
		boolean[] hasAccounts = { false };
		AccountService accounts = standIn(AccountService.class, (method, args) -> switch (method) {
		case "hasAccounts" -> hasAccounts[0];
		case "createDemoAccounts" -> {
			calls.add("createDemoAccounts " + args[0]);
			hasAccounts[0] = true;
			yield List.of();
		}
		case "login" -> {
			calls.add("login " + args[0] + " " + args[1]);
			loggedIn.set(new User((String) args[0], "Adam Administratör", Role.SYSTEM_ADMIN, Set.of(), false));
			yield loggedIn.get();
		}
		default -> throw new UnsupportedOperationException(method);
		});
		Session session = standIn(Session.class, (method, args) -> switch (method) {
		case "current" -> Optional.ofNullable(loggedIn.get());
		default -> throw new UnsupportedOperationException(method);
		});
		DemoDataService demoData = standIn(DemoDataService.class, (method, args) -> switch (method) {
		case "seedIfEmpty" -> {
			calls.add("seedIfEmpty");
			yield 60;
		}
		case "generate" -> {
			calls.add("generate " + args[0] + " " + args[1]);
			yield args[0];
		}
		default -> throw new UnsupportedOperationException(method);
		});
		DatabaseAdmin database = standIn(DatabaseAdmin.class, (method, args) -> switch (method) {
		case "interruptedRestoreNote" -> Optional.empty();
		default -> throw new UnsupportedOperationException(method);
		});
		Map<Class<?>, Object> freshHome = Map.of(AccountService.class, accounts, Session.class, session,
				DemoDataService.class, demoData, DatabaseAdmin.class, database);
		Services services = new Services(null) {
			@Override
			<S> S get(Class<S> type) {
				return type.cast(freshHome.get(type));
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new Commands(services, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()) // no ISU_USER: nobody to log in as yet
				.run(List.of("demo-data", "--cases", "1000", "--seed", "7"));

		String errText = err.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, errText);
		assertEquals(List.of("seedIfEmpty", "createDemoAccounts [VUX, UNG, VNR, MST]", "login admin isu-demo", "generate 1000 7"),
				calls, "as ./isu start: the demo set, the demo accounts, then the command as the demo administrator");
		assertTrue(errText.contains("isu-demo") && errText.contains("admin"), errText);
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("1000 "), out.toString(StandardCharsets.UTF_8));
	}
}
