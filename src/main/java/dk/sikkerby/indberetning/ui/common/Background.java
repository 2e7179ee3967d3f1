package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.service.Progress;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs database, file and document work off the FX thread, one job at a time in order, and hands the
 * result (or the failure) back on the FX thread. {@link #busyProperty()} is true while work runs.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sikkerby-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    /** Long work that reports its progress; bind a progress bar to the returned task. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return run(progress -> work.call(), onSuccess, onError);
    }

    public <T> Task<T> run(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(this::updateProgress);
            }
        };
        running++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            done();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            done();
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> done());
        if (executor.isShutdown()) {
            // the app is stopping: work asked for after that (a late reply to a click) is dropped
            done();
            return task;
        }
        executor.execute(task);
        return task;
    }

    private void done() {
        running--;
        busy.set(running > 0);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lets queued work finish (a save in flight is never cut off), then stops the worker. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
