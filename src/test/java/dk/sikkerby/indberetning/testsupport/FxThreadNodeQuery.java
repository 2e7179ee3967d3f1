package dk.sikkerby.indberetning.testsupport;

import static dk.sikkerby.indberetning.testsupport.UiRobot.onFx;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import org.hamcrest.Matcher;
import org.testfx.service.query.NodeQuery;

/**
 * A TestFX node query whose every step runs on the FX thread: TestFX's queries walk the scene graph
 * as each step is called, on the calling thread ({@link UiRobot}).
 */
final class FxThreadNodeQuery implements NodeQuery {

    private final NodeQuery delegate;

    FxThreadNodeQuery(NodeQuery delegate) {
        this.delegate = delegate;
    }

    private NodeQuery step(java.util.concurrent.Callable<NodeQuery> next) {
        return new FxThreadNodeQuery(onFx(next));
    }

    @Override
    public NodeQuery from(Node... parentNodes) {
        return step(() -> delegate.from(parentNodes));
    }

    @Override
    public NodeQuery from(Collection<Node> parentNodes) {
        return step(() -> delegate.from(parentNodes));
    }

    @Override
    public NodeQuery lookup(String query) {
        return step(() -> delegate.lookup(query));
    }

    @Override
    public <T> NodeQuery lookup(Matcher<T> matcher) {
        return step(() -> delegate.lookup(matcher));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return step(() -> delegate.lookup(predicate));
    }

    @Override
    public NodeQuery lookup(Function<Node, Set<Node>> function) {
        return step(() -> delegate.lookup(function));
    }

    @Override
    public <T> NodeQuery match(Matcher<T> matcher) {
        return step(() -> delegate.match(matcher));
    }

    @Override
    public <T extends Node> NodeQuery match(Predicate<T> predicate) {
        return step(() -> delegate.match(predicate));
    }

    @Override
    public NodeQuery nth(int index) {
        return step(() -> delegate.nth(index));
    }

    @Override
    public <T extends Node> T query() {
        return onFx(delegate::query);
    }

    @Override
    public <T extends Node> T queryAs(Class<T> clazz) {
        return onFx(() -> delegate.queryAs(clazz));
    }

    @Override
    public <T extends Node> Optional<T> tryQuery() {
        return onFx(delegate::tryQuery);
    }

    @Override
    public <T extends Node> Optional<T> tryQueryAs(Class<T> clazz) {
        return onFx(() -> delegate.tryQueryAs(clazz));
    }

    @Override
    public <T extends Node> Set<T> queryAll() {
        return onFx(delegate::queryAll);
    }

    @Override
    public <T extends Node> Set<T> queryAllAs(Class<T> clazz) {
        return onFx(() -> delegate.queryAllAs(clazz));
    }
}
