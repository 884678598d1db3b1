package io.onex.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * A fixture that lives as long as one test class: started before the class's {@code @BeforeAll} methods,
 * closed after its {@code @AfterAll} methods, whether the tests pass, fail or the class setup throws.
 * Registered with {@code @RegisterExtension} on a static field, the field is also the tests' handle on it.
 *
 * <p>The started fixture is kept in the class's {@link Store}: a {@code @Nested} class finds its enclosing
 * class's fixture there and shares it instead of starting another, and JUnit closes whatever is still
 * stored (it is {@link AutoCloseable}) if the class ends some other way. Closing it explicitly in
 * {@link #afterAll} keeps the order predictable: after the class's own {@code @AfterAll} methods, which
 * may still close clients of the fixture.
 *
 * @param <T> the fixture, e.g. {@link EmbeddedKafka}
 */
abstract class ClassFixture<T extends AutoCloseable> implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(ClassFixture.class);

    private final String description;
    private volatile T running;

    /** @param description what the fixture is, for messages, e.g. "embedded Kafka broker" */
    ClassFixture(String description) {
        this.description = description;
    }

    /** Starts the fixture and returns it ready for use; cleans up after itself when it cannot start. */
    abstract T start();

    @Override
    public final void beforeAll(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        // The lookup includes the enclosing classes' stores: a @Nested class uses the fixture already started.
        if (store.get(this) != null) {
            return;
        }
        T fixture;
        try {
            fixture = start();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException(description + " for " + testClassName(context) + " did not start: "
                    + e.getMessage(), e);
        }
        running = fixture;
        store.put(this, new Started(fixture));
    }

    @Override
    public final void beforeEach(ExtensionContext context) {
        if (running == null) {
            // beforeAll runs only for extensions registered on static fields.
            throw new ExtensionConfigurationException(getClass().getSimpleName() + " in " + testClassName(context)
                    + " has not started its " + description + ": register it on a static field"
                    + " (@RegisterExtension static final ...), so that it starts once before the class's tests");
        }
    }

    @Override
    public final void afterAll(ExtensionContext context) throws Exception {
        // Removes only what this class started; a @Nested class leaves its enclosing class's fixture alone.
        Started started = context.getStore(NAMESPACE).remove(this, Started.class);
        if (started != null) {
            started.close();
        }
    }

    /** The running fixture, between the start of the test class and its end. */
    final T running() {
        T fixture = running;
        if (fixture == null) {
            throw new IllegalStateException("the " + description + " of this " + getClass().getSimpleName()
                    + " is not running: it runs from before the first test of the class that registers it"
                    + " (@RegisterExtension on a static field) until after its last @AfterAll method");
        }
        return fixture;
    }

    private static String testClassName(ExtensionContext context) {
        return context.getTestClass().map(Class::getName).orElse(context.getDisplayName());
    }

    /** What the store holds: closing it stops the fixture and clears the handle. */
    private final class Started implements AutoCloseable {
        private final T fixture;

        Started(T fixture) {
            this.fixture = fixture;
        }

        @Override
        public void close() throws Exception {
            running = null;
            fixture.close();
        }
    }
}
