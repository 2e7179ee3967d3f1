package dk.sikkerby.indberetning.testsupport;

import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robot every UI test uses: TestFX's, except that every look-up walks the scene graph on the FX
 * thread. TestFX's own look-ups run on the calling thread, the test's, while the FX thread may be
 * changing the very children lists they walk: {@code IndexOutOfBoundsException} in
 * {@code Parent.lookupAll}, now and then (issue 20). The clicks by query ({@code clickOn("#id")}) look
 * their node up through the same methods, so they are covered too. Tests extend this class (or hold
 * one, where TestFX's extension would inject a plain {@code FxRobot}); {@code UiTestsUseTheFxThreadTest}
 * keeps it so.
 */
public class UiRobot extends FxRobot {

    /** How long a look-up waits for a busy FX thread before the test fails. */
    private static final long FX_TIMEOUT_SECONDS = 60;

    @Override
    public NodeQuery fromAll() {
        return new FxThreadNodeQuery(onFx(super::fromAll));
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return new FxThreadNodeQuery(onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return new FxThreadNodeQuery(onFx(() -> super.from(parentNodes)));
    }

    @Override
    public NodeQuery from(NodeQuery nodeQuery) {
        return new FxThreadNodeQuery(onFx(() -> super.from(nodeQuery)));
    }

    @Override
    public NodeQuery lookup(String query) {
        return new FxThreadNodeQuery(onFx(() -> super.lookup(query)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Matcher<T> matcher) {
        return new FxThreadNodeQuery(onFx(() -> super.lookup(matcher)));
    }

    @Override
    public <T extends Node> NodeQuery lookup(java.util.function.Predicate<T> predicate) {
        return new FxThreadNodeQuery(onFx(() -> super.lookup(predicate)));
    }

    /**
     * Waits until {@code condition} holds, evaluating it on the FX thread: for conditions that read
     * the scene (nodes, their texts, a table's items). It must not drive the robot.
     */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** Runs {@code work} on the FX thread (at once if this is it) and returns its result. */
    public static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> result = WaitForAsyncUtils.asyncFx(work);
        try {
            return result.get(FX_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The FX thread did not answer within " + FX_TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    public static void runFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}
